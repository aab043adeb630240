package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlotCalendarTest {

  @Test
  void aDayHasHalfHourSlotsFromNineTheLastStartingAtHalfPastFive() {
    assertEquals(18, SlotCalendar.slotsPerDay());
    assertEquals(LocalTime.of(9, 0), SlotCalendar.starts().get(0));
    assertEquals(LocalTime.of(9, 30), SlotCalendar.starts().get(1));
    assertEquals(LocalTime.of(17, 30), SlotCalendar.starts().get(17));
  }

  @Test
  void onlySlotStartsAreSlots() {
    assertTrue(SlotCalendar.isStart(LocalTime.of(12, 30)));
    assertFalse(SlotCalendar.isStart(LocalTime.of(12, 15)));
    assertFalse(SlotCalendar.isStart(LocalTime.of(8, 30)));
    assertFalse(SlotCalendar.isStart(LocalTime.of(18, 0)));
    assertFalse(SlotCalendar.isStart(null));
  }

  @Test
  void bookableDaysStartTomorrowInKoreaAndRun60DaysAhead() {
    // 16:00 UTC on 15 August is 01:00 on 16 August in Seoul
    Clock clock = Clock.fixed(Instant.parse("2021-08-15T16:00:00Z"), ZoneOffset.UTC);

    assertEquals(LocalDate.of(2021, 8, 16), SlotCalendar.today(clock));
    assertEquals(LocalDate.of(2021, 8, 17), SlotCalendar.firstBookableDay(clock));
    assertEquals(LocalDate.of(2021, 10, 15), SlotCalendar.lastBookableDay(clock));
  }

  @Test
  void aSlotStartIsKoreanTime() {
    assertEquals(
        Instant.parse("2021-08-17T00:30:00Z"),
        SlotCalendar.at(LocalDate.of(2021, 8, 17), LocalTime.of(9, 30)).toInstant());
  }
}
