package io.anshim.booking.leftover;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Orders centers by distance from where the citizen is, nearest first, and keeps the closest. */
public final class NearestFirst {

  private NearestFirst() {}

  public static List<LeftoverCenter> from(
      double latitude, double longitude, Collection<LeftoverCenter> centers, int max) {
    return centers.stream()
        .map(c -> c.at(latitude, longitude))
        .sorted(
            Comparator.comparingDouble(LeftoverCenter::distanceKm)
                .thenComparingLong(LeftoverCenter::centerId))
        .limit(max)
        .toList();
  }
}
