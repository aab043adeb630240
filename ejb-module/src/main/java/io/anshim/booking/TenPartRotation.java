package io.anshim.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The 10-part rotation (10부제): on each of ten days, only people whose birth day of month ends in
 * that day's digit may book; afterwards a catch-up period is open to the whole cohort. This class
 * is the one place the rule lives; screens and APIs ask it when someone may book.
 *
 * <p>Each booking day opens at {@code opensAt} and closes at {@code closesAt}; a closing time at or
 * before the opening time means the next day (August 2021: 20:00 to 18:00 the next day).
 */
public record TenPartRotation(
    LocalDate firstDay,
    int firstDigit,
    LocalTime opensAt,
    LocalTime closesAt,
    LocalDate catchUpFirstDay,
    LocalDate catchUpLastDay,
    ZoneId zone) {

  public TenPartRotation {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(catchUpFirstDay, "catchUpFirstDay");
    Objects.requireNonNull(catchUpLastDay, "catchUpLastDay");
    Objects.requireNonNull(zone, "zone");
    if (firstDigit < 0 || firstDigit > 9) {
      throw new IllegalArgumentException("firstDigit is a digit 0-9, not " + firstDigit);
    }
    if (!catchUpFirstDay.isAfter(firstDay.plusDays(9))) {
      throw new IllegalArgumentException("the catch-up starts after the ten rotation days");
    }
    if (catchUpLastDay.isBefore(catchUpFirstDay)) {
      throw new IllegalArgumentException("the catch-up ends on or after the day it starts");
    }
  }

  /** The digit that decides a person's day: the last digit of the day of month of birth. */
  public static int digitOf(LocalDate birthDate) {
    return birthDate.getDayOfMonth() % 10;
  }

  /** The period in which a person born on {@code birthDate} may book during the rotation. */
  public Period rotationPeriodFor(LocalDate birthDate) {
    LocalDate day = firstDay.plusDays(Math.floorMod(digitOf(birthDate) - firstDigit, 10));
    return periodStarting(day, day);
  }

  /** The catch-up period, open to everyone in the cohort. */
  public Period catchUpPeriod() {
    return periodStarting(catchUpFirstDay, catchUpLastDay);
  }

  /** Whether a person born on {@code birthDate} may book at {@code now}, and if not, when. */
  public Decision decide(LocalDate birthDate, Instant now) {
    Period own = rotationPeriodFor(birthDate);
    if (own.contains(now)) {
      return new Decision(Verdict.OPEN, own);
    }
    Period catchUp = catchUpPeriod();
    if (catchUp.contains(now)) {
      return new Decision(Verdict.OPEN, catchUp);
    }
    if (now.isBefore(own.start())) {
      return new Decision(Verdict.NOT_YET, own);
    }
    if (now.isBefore(catchUp.start())) {
      return new Decision(Verdict.NOT_YET, catchUp);
    }
    return new Decision(Verdict.OVER, catchUp);
  }

  private Period periodStarting(LocalDate firstOpenDay, LocalDate lastOpenDay) {
    ZonedDateTime start = firstOpenDay.atTime(opensAt).atZone(zone);
    LocalDate closingDay = closesAt.isAfter(opensAt) ? lastOpenDay : lastOpenDay.plusDays(1);
    ZonedDateTime end = closingDay.atTime(closesAt).atZone(zone);
    return new Period(start.toInstant(), end.toInstant(), zone);
  }

  /** A time span [start, end) in which booking is open, with the zone to show it in. */
  public record Period(Instant start, Instant end, ZoneId zone) {

    public boolean contains(Instant moment) {
      return !moment.isBefore(start) && moment.isBefore(end);
    }

    public ZonedDateTime localStart() {
      return start.atZone(zone);
    }

    public ZonedDateTime localEnd() {
      return end.atZone(zone);
    }

    public Duration length() {
      return Duration.between(start, end);
    }
  }

  public enum Verdict {
    /** Booking is open now, until {@link Decision#period()} ends. */
    OPEN,
    /** Not yet: booking opens when {@link Decision#period()} starts. */
    NOT_YET,
    /** The rotation and its catch-up are over. */
    OVER
  }

  /** The answer to "may I book now?", with the period it refers to. */
  public record Decision(Verdict verdict, Period period) {

    public boolean allowed() {
      return verdict == Verdict.OPEN;
    }
  }
}
