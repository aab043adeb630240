package io.anshim.testing;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits out Seoul's midnight before a test that reasons in days: such a test takes "today" on its
 * own clock and the server on another, and a day turning between the two (15:00 UTC) would make a
 * booking for tomorrow one for today, or a leftover offer yesterday's. Within the last few minutes
 * of the day it sleeps until just after midnight; otherwise it does nothing.
 */
public final class AwayFromSeoulMidnight implements BeforeEachCallback {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  /** Longer than any one test of a class that uses this. */
  static final Duration MARGIN = Duration.ofMinutes(3);

  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    Duration left = untilMidnight(ZonedDateTime.now(SEOUL));
    if (left.compareTo(MARGIN) < 0) {
      Thread.sleep(left.plusSeconds(2).toMillis());
    }
  }

  static Duration untilMidnight(ZonedDateTime now) {
    ZonedDateTime midnight = now.toLocalDate().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(SEOUL);
    return Duration.between(now, midnight);
  }
}
