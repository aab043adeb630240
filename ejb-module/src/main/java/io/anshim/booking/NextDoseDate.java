package io.anshim.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Where the next dose of a course may go: the days from the vaccine's minimum to its maximum
 * interval after the previous dose, earliest first, and on a day the free start time nearest to the
 * time of the previous appointment (the earlier one when two are equally near).
 */
public final class NextDoseDate {

  private NextDoseDate() {}

  /** The first and last day allowed for the next dose. */
  public record Range(LocalDate first, LocalDate last) {
    public boolean contains(LocalDate date) {
      return !date.isBefore(first) && !date.isAfter(last);
    }
  }

  /**
   * The allowed days after a dose on {@code previous}, not before {@code firstBookable}. When the
   * whole interval has already passed, the late dose is still given: the range then runs from
   * {@code firstBookable} over the interval's width.
   */
  public static Range range(LocalDate previous, int minDays, int maxDays, LocalDate firstBookable) {
    if (minDays < 0 || maxDays < minDays) {
      throw new IllegalArgumentException("interval " + minDays + "-" + maxDays);
    }
    LocalDate first = previous.plusDays(minDays);
    LocalDate last = previous.plusDays(maxDays);
    if (last.isBefore(firstBookable)) {
      return new Range(firstBookable, firstBookable.plusDays(maxDays - minDays));
    }
    return new Range(first.isBefore(firstBookable) ? firstBookable : first, last);
  }

  /** The days of a range, earliest first: the minimum interval is preferred. */
  public static List<LocalDate> candidateDays(Range range) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = range.first(); !d.isAfter(range.last()); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  /** Free start times ordered by closeness to {@code preferred}; ties go to the earlier time. */
  public static List<LocalTime> byCloseness(Collection<LocalTime> free, LocalTime preferred) {
    return free.stream()
        .sorted(
            Comparator.comparingLong(
                    (LocalTime t) -> Math.abs(ChronoUnit.MINUTES.between(preferred, t)))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }
}
