package io.anshim.booking.leftover;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.util.List;

/**
 * A center with leftover doses today, as citizens see it: where it is, how far (when the citizen
 * gave a location), and what is left of each vaccine.
 */
public record LeftoverCenter(
    long centerId,
    Localized name,
    Localized address,
    String phone,
    String districtCode,
    Localized district,
    double latitude,
    double longitude,
    Double distanceKm,
    int remaining,
    List<Dose> doses)
    implements Serializable {

  public LeftoverCenter {
    doses = List.copyOf(doses);
  }

  /** What is left of one vaccine: the offer a citizen takes a dose from. */
  public record Dose(long offerId, String vaccineCode, Localized vaccine, int remaining)
      implements Serializable {}

  LeftoverCenter at(double fromLatitude, double fromLongitude) {
    return new LeftoverCenter(
        centerId,
        name,
        address,
        phone,
        districtCode,
        district,
        latitude,
        longitude,
        GreatCircle.kilometres(fromLatitude, fromLongitude, latitude, longitude),
        remaining,
        doses);
  }
}
