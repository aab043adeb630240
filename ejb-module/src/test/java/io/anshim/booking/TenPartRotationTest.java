package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.booking.TenPartRotation.Decision;
import io.anshim.booking.TenPartRotation.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The August 2021 rotation for people aged 18-49: 9 August for digit 9, then 0, 1, ... 8. */
class TenPartRotationTest {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final TenPartRotation AUGUST_2021 =
      new TenPartRotation(
          LocalDate.of(2021, 8, 9),
          9,
          LocalTime.of(20, 0),
          LocalTime.of(18, 0),
          LocalDate.of(2021, 8, 19),
          LocalDate.of(2021, 9, 18),
          SEOUL);

  @ParameterizedTest
  @CsvSource({
    "1990-03-09, 2021-08-09",
    "1985-11-19, 2021-08-09",
    "1999-01-29, 2021-08-09",
    "1990-03-10, 2021-08-10",
    "1990-03-31, 2021-08-11",
    "1990-03-13, 2021-08-13",
    "1972-02-28, 2021-08-18"
  })
  void theLastDigitOfTheBirthDayGivesTheBookingDay(LocalDate birth, LocalDate bookingDay) {
    TenPartRotation.Period period = AUGUST_2021.rotationPeriodFor(birth);

    assertEquals(bookingDay.atTime(20, 0), period.localStart().toLocalDateTime());
    assertEquals(bookingDay.plusDays(1).atTime(18, 0), period.localEnd().toLocalDateTime());
  }

  @Test
  void onTheRightDayBookingIsOpenUntilTheNextEvening() {
    LocalDate bornOn13th = LocalDate.of(1990, 5, 13);

    Decision atOpening = AUGUST_2021.decide(bornOn13th, seoul(2021, 8, 13, 20, 0));
    assertTrue(atOpening.allowed());
    assertTrue(AUGUST_2021.decide(bornOn13th, seoul(2021, 8, 14, 17, 59)).allowed());
    assertFalse(AUGUST_2021.decide(bornOn13th, seoul(2021, 8, 14, 18, 0)).allowed());
  }

  @Test
  void onTheWrongDayTheAnswerSaysWhenItOpens() {
    LocalDate bornOn13th = LocalDate.of(1990, 5, 13);

    Decision early = AUGUST_2021.decide(bornOn13th, seoul(2021, 8, 9, 21, 0));

    assertEquals(Verdict.NOT_YET, early.verdict());
    assertEquals(
        LocalDateTime.of(2021, 8, 13, 20, 0), early.period().localStart().toLocalDateTime());
  }

  @Test
  void afterOnesOwnDayTheCatchUpIsNext() {
    LocalDate bornOn9th = LocalDate.of(1990, 5, 9);

    Decision missed = AUGUST_2021.decide(bornOn9th, seoul(2021, 8, 12, 10, 0));
    assertEquals(Verdict.NOT_YET, missed.verdict());
    assertEquals(
        LocalDateTime.of(2021, 8, 19, 20, 0), missed.period().localStart().toLocalDateTime());

    Decision catchUp = AUGUST_2021.decide(bornOn9th, seoul(2021, 8, 25, 9, 0));
    assertTrue(catchUp.allowed());
    assertEquals(
        LocalDateTime.of(2021, 9, 19, 18, 0), catchUp.period().localEnd().toLocalDateTime());

    assertEquals(Verdict.OVER, AUGUST_2021.decide(bornOn9th, seoul(2021, 9, 19, 18, 0)).verdict());
  }

  @Test
  void aClientClockSetAheadChangesNothing() {
    // the decision takes the server's instant; a page or request carrying another time is ignored
    Instant serverNow = seoul(2021, 8, 9, 21, 0);
    assertFalse(AUGUST_2021.decide(LocalDate.of(1990, 5, 13), serverNow).allowed());
  }

  @Test
  void theScheduleMustBeCoherent() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TenPartRotation(
                LocalDate.of(2021, 8, 9),
                10,
                LocalTime.of(20, 0),
                LocalTime.of(18, 0),
                LocalDate.of(2021, 8, 19),
                LocalDate.of(2021, 9, 18),
                SEOUL));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TenPartRotation(
                LocalDate.of(2021, 8, 9),
                9,
                LocalTime.of(20, 0),
                LocalTime.of(18, 0),
                LocalDate.of(2021, 8, 15),
                LocalDate.of(2021, 9, 18),
                SEOUL));
  }

  private static Instant seoul(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SEOUL).toInstant();
  }
}
