package io.anshim.booking;

import io.anshim.vaccination.VaccinationRecord;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads of a booking alone: each from the database when asked, nothing remembered; each place taken
 * at once by its conditional update.
 */
final class DirectReads implements BookingReads {

  private final JpaBookingRepository repository;

  DirectReads(JpaBookingRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<BookingSlot> slot(long centerId, LocalDate date, LocalTime start) {
    return repository.slot(centerId, date, start);
  }

  @Override
  public List<BookingSlot> slotsOf(long centerId, LocalDate date) {
    return repository.slotsOf(centerId, date);
  }

  @Override
  public List<VaccinationRecord> recordsOf(long personId) {
    return repository.recordsOf(personId);
  }

  @Override
  public boolean hasActiveBooking(long personId) {
    return !repository.activeBookingsOf(personId).isEmpty();
  }

  @Override
  public int remaining(BookingSlot slot) {
    return slot.getRemaining();
  }

  @Override
  public boolean take(BookingSlot slot) {
    return repository.takePlace(slot.getId());
  }

  @Override
  public void giveBack(BookingSlot slot) {
    repository.releasePlace(slot.getId());
  }

  @Override
  public void booked(long personId) {}
}
