package io.anshim.vaccination;

import jakarta.ejb.Local;
import java.time.LocalDate;

/**
 * The vaccinator's day at their own center: the bookings by time, recording a dose given, marking a
 * no-show. The center is always the signed-in vaccinator's.
 */
@Local
public interface VaccinatorsDay {

  /** The bookings of {@code date} (today in Korea when null) at the vaccinator's center. */
  DaySheet day(LocalDate date);

  /**
   * Records the dose given for a booking and marks it vaccinated, in one transaction. Refused for a
   * dose already recorded for the person, a vaccine the center does not offer, a malformed lot
   * number, or a time in the future or before the appointment day.
   */
  RecordedDose recordVaccination(long bookingId, DoseEntry entry);

  /** Marks a booked person who did not come; from the appointment day on. */
  DayBooking markNoShow(long bookingId);
}
