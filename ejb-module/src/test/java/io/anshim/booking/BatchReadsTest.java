package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.vaccination.VaccinationRecord;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class BatchReadsTest {

  private static final long CENTER = 3;
  private static final LocalDate DAY = LocalDate.of(2027, 3, 2);
  private static final LocalTime NINE = LocalTime.of(9, 0);

  /** The database as the batch's queries see it; counts the slot reads. */
  private static final class Rows extends JpaBookingRepository {
    final List<BookingSlot> day = new ArrayList<>();
    int slotReads;
    Collection<Long> citizensRead;
    final List<SortedMap<Long, Integer>> updates = new ArrayList<>();
    boolean placesLeft = true;

    @Override
    boolean takePlaces(SortedMap<Long, Integer> placesBySlot) {
      updates.add(placesBySlot);
      return placesLeft;
    }

    List<CenterDay> daysRead;

    @Override
    List<BookingSlot> slotsOf(List<CenterDay> days) {
      daysRead = days;
      return days.contains(new CenterDay(CENTER, DAY)) ? List.copyOf(day) : List.of();
    }

    @Override
    List<BookingSlot> slotsOf(long centerId, LocalDate date) {
      slotReads++;
      return centerId == CENTER && date.equals(DAY) ? List.copyOf(day) : List.of();
    }

    @Override
    Map<Long, List<VaccinationRecord>> recordsOf(Collection<Long> citizenIds) {
      return Map.of(
          7L,
          List.of(
              new VaccinationRecord(
                  7, null, CENTER, "PFIZER", "LOT", 1, 2, Instant.EPOCH, "it", Instant.EPOCH)));
    }

    @Override
    List<Long> withActiveBooking(Collection<Long> citizenIds) {
      return List.of(8L);
    }

    @Override
    void prefetchCitizens(Collection<Long> citizenIds) {
      citizensRead = citizenIds;
    }
  }

  private final Rows rows = new Rows();

  @Test
  void readsTheBatchsPersonsOnceAndCountsWhoItBooked() {
    BatchReads reads = new BatchReads(rows, List.of(7L, 8L, 9L));

    assertEquals(List.of(7L, 8L, 9L), rows.citizensRead);
    assertEquals(1, reads.recordsOf(7).size());
    assertEquals(List.of(), reads.recordsOf(9));
    assertTrue(reads.hasActiveBooking(8));
    assertFalse(reads.hasActiveBooking(9));
    reads.booked(9);
    assertTrue(reads.hasActiveBooking(9), "a second booking of the same batch is refused");
  }

  @Test
  void aWholeDayIsReadOnceAndADayWithRowsMissingEveryTime() {
    rows.day.add(slot(1, NINE, 20));
    BatchReads reads = new BatchReads(rows, List.of(7L));

    assertTrue(reads.slot(CENTER, DAY, NINE).isPresent());
    assertTrue(reads.slot(CENTER, DAY, NINE.plusMinutes(30)).isEmpty());
    assertEquals(2, rows.slotReads, "rows still to be made: read again");

    fillDay();
    assertEquals(SlotCalendar.slotsPerDay(), reads.slotsOf(CENTER, DAY).size());
    reads.slotsOf(CENTER, DAY);
    reads.slot(CENTER, DAY, NINE);
    assertEquals(3, rows.slotReads, "a whole day: read once");
  }

  @Test
  void daysReadTogetherAreNotReadAgainUnlessTheirRowsAreNotAllMade() {
    fillDay();
    Collections.reverse(rows.day);
    BatchReads reads = new BatchReads(rows, List.of(7L));
    CenterDay other = new CenterDay(CENTER + 1, DAY);

    reads.readDays(List.of(new CenterDay(CENTER, DAY), other, new CenterDay(CENTER, DAY)));

    assertEquals(List.of(new CenterDay(CENTER, DAY), other), rows.daysRead, "each day once");
    assertEquals(SlotCalendar.starts().get(0), reads.slotsOf(CENTER, DAY).get(0).getStartsAt());
    assertEquals(0, rows.slotReads, "a whole day read together is not read again");
    reads.slotsOf(CENTER + 1, DAY);
    assertEquals(1, rows.slotReads, "a day without its rows is read when asked for");
    rows.daysRead = null;
    reads.readDays(List.of(new CenterDay(CENTER, DAY)));
    assertEquals(null, rows.daysRead, "nothing left to read");
  }

  @Test
  void theBatchsPlacesArePlannedThenTakenOneUpdatePerSlot() {
    BookingSlot nine = slot(1, NINE, 2);
    BookingSlot other = slot(2, NINE.plusMinutes(30), 2);
    BookingSlot third = slot(3, NINE.plusMinutes(60), 2);
    BatchReads reads = new BatchReads(rows, List.of(7L));

    assertTrue(reads.take(other));
    assertTrue(reads.take(nine));
    assertEquals(1, reads.remaining(nine));
    assertTrue(reads.take(nine));
    assertEquals(0, reads.remaining(nine));
    assertFalse(reads.take(nine), "the batch's own plans filled it");
    reads.giveBack(nine);
    assertEquals(1, reads.remaining(nine));
    assertTrue(reads.take(third));
    reads.giveBack(third);
    assertTrue(rows.updates.isEmpty(), "nothing is taken before the batch's end");

    assertTrue(reads.takePlanned());
    assertEquals(List.of(Map.of(1L, 1, 2L, 1)), rows.updates);
    assertEquals(List.of(1L, 2L), List.copyOf(rows.updates.get(0).keySet()), "by slot id");
  }

  @Test
  void aSlotWithoutThePlannedPlacesLeftFailsTheBatch() {
    BatchReads reads = new BatchReads(rows, List.of(7L));
    assertTrue(reads.take(slot(1, NINE, 2)));
    rows.placesLeft = false;

    assertFalse(reads.takePlanned());
  }

  @Test
  void aBatchThatPlannedNoPlaceSendsNoUpdate() {
    BatchReads reads = new BatchReads(rows, List.of(7L));
    BookingSlot nine = slot(1, NINE, 2);
    reads.take(nine);
    reads.giveBack(nine);

    assertTrue(reads.takePlanned());
    assertTrue(rows.updates.isEmpty());
  }

  private void fillDay() {
    rows.day.clear();
    long id = 1;
    for (LocalTime start : SlotCalendar.starts()) {
      rows.day.add(slot(id++, start, 20));
    }
  }

  private static BookingSlot slot(long id, LocalTime start, int capacity) {
    BookingSlot slot = new BookingSlot(CENTER, DAY, start, capacity);
    try {
      Field field = BookingSlot.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(slot, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return slot;
  }
}
