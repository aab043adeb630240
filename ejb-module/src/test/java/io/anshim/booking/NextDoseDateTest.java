package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextDoseDateTest {

  private static final LocalDate FIRST_DOSE = LocalDate.of(2021, 8, 16);

  @Test
  void secondDoseOfPfizerIsBetween21And42DaysAfterTheFirst() {
    NextDoseDate.Range range = NextDoseDate.range(FIRST_DOSE, 21, 42, FIRST_DOSE.plusDays(1));

    assertEquals(LocalDate.of(2021, 9, 6), range.first());
    assertEquals(LocalDate.of(2021, 9, 27), range.last());
    List<LocalDate> days = NextDoseDate.candidateDays(range);
    assertEquals(22, days.size());
    assertEquals(range.first(), days.get(0), "the minimum interval is tried first");
    assertEquals(range.last(), days.get(21));
  }

  @Test
  void astraZenecaWaits56To84Days() {
    NextDoseDate.Range range = NextDoseDate.range(FIRST_DOSE, 56, 84, FIRST_DOSE.plusDays(1));

    assertEquals(FIRST_DOSE.plusDays(56), range.first());
    assertEquals(FIRST_DOSE.plusDays(84), range.last());
    assertTrue(range.contains(FIRST_DOSE.plusDays(70)));
    assertFalse(range.contains(FIRST_DOSE.plusDays(55)));
    assertFalse(range.contains(FIRST_DOSE.plusDays(85)));
  }

  @Test
  void aRangeStartingInThePastStartsAtTheFirstBookableDay() {
    LocalDate tomorrow = FIRST_DOSE.plusDays(30);

    NextDoseDate.Range range = NextDoseDate.range(FIRST_DOSE, 28, 42, tomorrow);

    assertEquals(tomorrow, range.first());
    assertEquals(FIRST_DOSE.plusDays(42), range.last());
  }

  @Test
  void aLateDoseIsStillBookableOverTheIntervalsWidth() {
    LocalDate tomorrow = FIRST_DOSE.plusDays(100);

    NextDoseDate.Range range = NextDoseDate.range(FIRST_DOSE, 21, 42, tomorrow);

    assertEquals(tomorrow, range.first());
    assertEquals(tomorrow.plusDays(21), range.last());
  }

  @Test
  void theFreeSlotNearestThePreviousTimeOfDayIsPreferred() {
    List<LocalTime> free =
        List.of(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(14, 30), LocalTime.of(15, 0));

    List<LocalTime> ordered = NextDoseDate.byCloseness(free, LocalTime.of(14, 0));

    assertEquals(
        List.of(LocalTime.of(14, 30), LocalTime.of(13, 0), LocalTime.of(15, 0), LocalTime.of(9, 0)),
        ordered);
  }

  @Test
  void theSameTimeOfDayWinsWhenFree() {
    List<LocalTime> free = List.of(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0));

    assertEquals(LocalTime.of(10, 30), NextDoseDate.byCloseness(free, LocalTime.of(10, 30)).get(0));
  }

  @Test
  void equallyNearTimesGoToTheEarlierOne() {
    List<LocalTime> free = List.of(LocalTime.of(11, 0), LocalTime.of(10, 0));

    assertEquals(
        List.of(LocalTime.of(10, 0), LocalTime.of(11, 0)),
        NextDoseDate.byCloseness(free, LocalTime.of(10, 30)));
  }

  @Test
  void anIntervalMustNotBeBackwards() {
    assertThrows(
        IllegalArgumentException.class, () -> NextDoseDate.range(FIRST_DOSE, 42, 21, FIRST_DOSE));
  }
}
