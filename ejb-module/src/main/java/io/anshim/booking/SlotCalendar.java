package io.anshim.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When booking slots exist: 30-minute slots from 09:00, the last one starting at 17:30, on the days
 * from tomorrow to {@link #DAYS_AHEAD} days ahead (Korean time). The one place these hours live.
 */
public final class SlotCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
  public static final LocalTime FIRST_START = LocalTime.of(9, 0);
  public static final LocalTime LAST_START = LocalTime.of(17, 30);
  public static final Duration LENGTH = Duration.ofMinutes(30);

  /** How far ahead a first dose (or a move) may be booked; later doses follow their interval. */
  public static final int DAYS_AHEAD = 60;

  private static final List<LocalTime> STARTS = computeStarts();

  private SlotCalendar() {}

  private static List<LocalTime> computeStarts() {
    List<LocalTime> starts = new ArrayList<>();
    for (LocalTime t = FIRST_START; !t.isAfter(LAST_START); t = t.plus(LENGTH)) {
      starts.add(t);
    }
    return List.copyOf(starts);
  }

  /** The start times of a day's slots, in order. */
  public static List<LocalTime> starts() {
    return STARTS;
  }

  public static int slotsPerDay() {
    return STARTS.size();
  }

  public static boolean isStart(LocalTime time) {
    return time != null && STARTS.contains(time);
  }

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  /** The first day that may be booked: tomorrow (today's spare doses are leftovers). */
  public static LocalDate firstBookableDay(Clock clock) {
    return today(clock).plusDays(1);
  }

  public static LocalDate lastBookableDay(Clock clock) {
    return today(clock).plusDays(DAYS_AHEAD);
  }

  public static ZonedDateTime at(LocalDate date, LocalTime start) {
    return LocalDateTime.of(date, start).atZone(ZONE);
  }
}
