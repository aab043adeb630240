package io.anshim.booking;

import io.anshim.vaccination.VaccinationRecord;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a booking reads before it takes a place, and what it tells back after each conditional
 * update: straight from the database for a booking alone ({@link DirectReads}), from memory shared
 * by a whole batch ({@link BatchReads}). A read only chooses which update to try; the conditional
 * update still decides every place.
 */
interface BookingReads {

  Optional<BookingSlot> slot(long centerId, LocalDate date, LocalTime start);

  /** The day's slot rows made so far, by start time. */
  List<BookingSlot> slotsOf(long centerId, LocalDate date);

  List<VaccinationRecord> recordsOf(long personId);

  boolean hasActiveBooking(long personId);

  /** Places left in the slot as far as these reads know. */
  int remaining(BookingSlot slot);

  /** The conditional update took a place of the slot. */
  void took(BookingSlot slot);

  /** A place taken before was given back. */
  void gaveBack(BookingSlot slot);

  /** The conditional update found the slot full. */
  void foundFull(BookingSlot slot);

  /** The person now has an active booking. */
  void booked(long personId);
}
