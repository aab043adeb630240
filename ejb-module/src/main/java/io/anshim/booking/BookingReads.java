package io.anshim.booking;

import io.anshim.vaccination.VaccinationRecord;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a booking reads, and how it takes its places: straight from the database for a booking alone
 * ({@link DirectReads}), each place by a conditional update at once; from memory shared by a whole
 * batch ({@link BatchReads}), its places planned against what the batch read and taken by one batch
 * of conditional updates at the end. Either way the conditional update decides every place.
 */
interface BookingReads {

  Optional<BookingSlot> slot(long centerId, LocalDate date, LocalTime start);

  /** The day's slot rows made so far, by start time. */
  List<BookingSlot> slotsOf(long centerId, LocalDate date);

  List<VaccinationRecord> recordsOf(long personId);

  boolean hasActiveBooking(long personId);

  /** Places left in the slot as far as these reads know. */
  int remaining(BookingSlot slot);

  /** Takes a place of the slot; false when it has none left. */
  boolean take(BookingSlot slot);

  /** Gives back a place {@link #take} took in this transaction. */
  void giveBack(BookingSlot slot);

  /** The person now has an active booking. */
  void booked(long personId);
}
