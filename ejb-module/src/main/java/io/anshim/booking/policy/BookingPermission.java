package io.anshim.booking.policy;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The policy's yes: {@code bookerCitizenId} may book for {@code personCitizenId} now, in the window
 * named, until {@code openUntil}. {@code relationship} is null for booking for oneself. {@code
 * vaccineCodes} empty means the window offers every vaccine.
 */
public record BookingPermission(
    long personCitizenId,
    long bookerCitizenId,
    String relationship,
    long windowId,
    Localized windowName,
    Instant openUntil,
    List<String> vaccineCodes)
    implements Serializable {

  public BookingPermission {
    vaccineCodes = List.copyOf(vaccineCodes);
  }

  public boolean proxy() {
    return personCitizenId != bookerCitizenId;
  }
}
