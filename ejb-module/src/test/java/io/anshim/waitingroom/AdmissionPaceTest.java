package io.anshim.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdmissionPaceTest {

  private static final Instant START = Instant.parse("2021-08-09T11:00:00Z");

  @Test
  void overTenSecondsAtFiftyPerSecondFiveHundredPeoplePass() {
    AdmissionPace pace = new AdmissionPace(50, START);
    int admitted = pace.take(10_000, START);
    for (int tenth = 1; tenth <= 100; tenth++) {
      admitted += pace.take(10_000, START.plusMillis(tenth * 100L));
    }
    assertEquals(50 + 500, admitted, "one second's worth at the start, then 50 per second");
  }

  @Test
  void aQuietMinuteDoesNotBuildABurst() {
    AdmissionPace pace = new AdmissionPace(50, START);
    assertEquals(50, pace.take(10_000, START.plusSeconds(60)));
  }

  @Test
  void theRateCanBeChangedLive() {
    AdmissionPace pace = new AdmissionPace(10, START);
    pace.take(10_000, START);
    pace.setRate(100);
    assertEquals(100, pace.take(10_000, START.plusSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> pace.setRate(0));
  }

  @Test
  void theExpectedWaitFollowsTheRate() {
    AdmissionPace pace = new AdmissionPace(200, START);
    assertEquals(Duration.ofSeconds(5), pace.waitFor(1_000));
    assertEquals(Duration.ZERO, pace.waitFor(0));
  }
}
