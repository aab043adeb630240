package io.anshim.booking;

import io.anshim.vaccination.VaccinationRecord;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads shared by the bookings of one batch: the persons' records, active bookings and citizen rows
 * in one query each for the whole batch, and each (center, day)'s slots once. The batch's places
 * are planned against those reads and counted here, so a later booking of the batch sees the places
 * taken before it; {@link #takePlanned} then takes them all, one conditional update per slot, in
 * one round trip. The batch's lane is the only one that books at its centers; only a change of a
 * booking or a booking alone (both rare) can take a place there between the read and the update,
 * and then the update finds too few places and the batch does not commit. A place given back
 * meanwhile by a cancel is seen by the next batch.
 */
final class BatchReads implements BookingReads {

  private final JpaBookingRepository repository;
  private final Map<Long, List<VaccinationRecord>> records;
  private final Set<Long> withActiveBooking;
  private final Map<CenterDay, List<BookingSlot>> days = new HashMap<>();
  private final Map<Long, Integer> takenHere = new HashMap<>();

  BatchReads(JpaBookingRepository repository, Collection<Long> personIds) {
    this.repository = repository;
    this.records = repository.recordsOf(personIds);
    this.withActiveBooking = new HashSet<>(repository.withActiveBooking(personIds));
    repository.prefetchCitizens(personIds);
  }

  @Override
  public Optional<BookingSlot> slot(long centerId, LocalDate date, LocalTime start) {
    return slotsOf(centerId, date).stream().filter(s -> s.getStartsAt().equals(start)).findFirst();
  }

  /**
   * Reads the days' slot rows in one query, for the batch's bookings to come: a guess of the days
   * they will look at, so a day not read here is still read when first asked for.
   */
  void readDays(Collection<CenterDay> wanted) {
    List<CenterDay> unread = wanted.stream().distinct().filter(d -> !days.containsKey(d)).toList();
    if (unread.isEmpty()) {
      return;
    }
    Map<CenterDay, List<BookingSlot>> read = new HashMap<>();
    for (BookingSlot slot : repository.slotsOf(unread)) {
      read.computeIfAbsent(
              new CenterDay(slot.getCenterId(), slot.getDate()), d -> new ArrayList<>())
          .add(slot);
    }
    read.forEach(
        (day, slots) -> {
          if (slots.size() >= SlotCalendar.slotsPerDay()) {
            slots.sort(Comparator.comparing(BookingSlot::getStartsAt));
            days.put(day, slots);
          }
        });
  }

  /** A day whose rows are not all made yet is read again next time (they are made on demand). */
  @Override
  public List<BookingSlot> slotsOf(long centerId, LocalDate date) {
    CenterDay day = new CenterDay(centerId, date);
    List<BookingSlot> slots = days.get(day);
    if (slots == null) {
      slots = repository.slotsOf(centerId, date);
      if (slots.size() >= SlotCalendar.slotsPerDay()) {
        days.put(day, slots);
      }
    }
    return slots;
  }

  @Override
  public List<VaccinationRecord> recordsOf(long personId) {
    return records.getOrDefault(personId, List.of());
  }

  @Override
  public boolean hasActiveBooking(long personId) {
    return withActiveBooking.contains(personId);
  }

  @Override
  public int remaining(BookingSlot slot) {
    return Math.max(0, slot.getRemaining() - takenHere.getOrDefault(slot.getId(), 0));
  }

  /** Plans the place: taken only by {@link #takePlanned}. */
  @Override
  public boolean take(BookingSlot slot) {
    if (remaining(slot) <= 0) {
      return false;
    }
    takenHere.merge(slot.getId(), 1, Integer::sum);
    return true;
  }

  @Override
  public void giveBack(BookingSlot slot) {
    takenHere.merge(slot.getId(), -1, Integer::sum);
  }

  /**
   * Takes every planned place; false when a slot no longer had the places planned in it (the batch
   * must then not commit).
   */
  boolean takePlanned() {
    SortedMap<Long, Integer> places = new TreeMap<>();
    takenHere.forEach(
        (slotId, count) -> {
          if (count > 0) {
            places.put(slotId, count);
          }
        });
    return places.isEmpty() || repository.takePlaces(places);
  }

  @Override
  public void booked(long personId) {
    withActiveBooking.add(personId);
  }
}
