package io.anshim.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A booking asked for: the person to be vaccinated, who books (the same person, or a proxy who
 * states the relationship), and the chosen center, vaccine, day and slot start.
 */
public record BookingRequest(
    long personId,
    long bookerId,
    String proxyRelationship,
    long centerId,
    String vaccineCode,
    LocalDate date,
    LocalTime time) {

  public BookingRequest {
    Objects.requireNonNull(vaccineCode, "vaccineCode");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
  }

  /** A person booking for themselves. */
  public static BookingRequest self(
      long citizenId, long centerId, String vaccineCode, LocalDate date, LocalTime time) {
    return new BookingRequest(citizenId, citizenId, null, centerId, vaccineCode, date, time);
  }

  public boolean proxy() {
    return personId != bookerId;
  }
}
