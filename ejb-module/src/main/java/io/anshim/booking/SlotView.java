package io.anshim.booking;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One 30-minute slot of a center's day with its free places, read from the database. */
public record SlotView(
    long centerId, LocalDate date, LocalTime startsAt, int capacity, int remaining)
    implements Serializable {

  public boolean full() {
    return remaining <= 0;
  }
}
