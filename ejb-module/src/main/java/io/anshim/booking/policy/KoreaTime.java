package io.anshim.booking.policy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A moment as message arguments in Korea time: {0} year, {1} month number, {2} day, {3} HH:mm, {4}
 * English month name. Strings, so no bundle formats a year as "2,026" or in the server's zone.
 */
final class KoreaTime {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  private KoreaTime() {}

  static Object[] arguments(Instant moment) {
    ZonedDateTime local = moment.atZone(CohortWindow.KOREA);
    return List.of(
            String.valueOf(local.getYear()),
            String.valueOf(local.getMonthValue()),
            String.valueOf(local.getDayOfMonth()),
            local.format(HOURS),
            local.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .toArray();
  }
}
