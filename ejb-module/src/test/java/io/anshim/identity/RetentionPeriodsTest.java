package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPeriodsTest {

  private static final Instant NOW = Instant.parse("2026-11-22T03:17:00Z");

  @Test
  void byDefaultVerificationsAreKept30DaysAndMessages7() {
    RetentionPeriods periods = RetentionPeriods.configured();
    assertEquals(Instant.parse("2026-10-23T03:17:00Z"), periods.verificationsBefore(NOW));
    assertEquals(Instant.parse("2026-11-15T03:17:00Z"), periods.messagesBefore(NOW));
  }

  @Test
  void lessThanADayIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetentionPeriods(Duration.ofHours(23), Duration.ofDays(7)),
        "a verification must outlive the lockouts and windows that count it");
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetentionPeriods(Duration.ofDays(30), Duration.ZERO));
  }
}
