package io.anshim.booking;

import io.anshim.center.CenterView;
import java.io.Serializable;
import java.util.List;

/** A center with its free places per day, as the booking search shows it. */
public record CenterAvailability(CenterView center, List<DayRemaining> days)
    implements Serializable {

  public CenterAvailability {
    days = List.copyOf(days);
  }

  public int total() {
    return days.stream().mapToInt(DayRemaining::remaining).sum();
  }
}
