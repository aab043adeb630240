package io.anshim.ledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.ledger.note.CosignatureFreshness.Verdict;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CosignatureFreshnessTest {

  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private static final CosignatureFreshness RULE =
      new CosignatureFreshness(Duration.ofHours(1), Duration.ofSeconds(60));

  private static Cosignature signedAt(long timestamp) {
    return new Cosignature("witness.example", 0x1234, timestamp, new byte[64]);
  }

  private static Verdict judge(long secondsFromNow) {
    return RULE.judge(signedAt(NOW.getEpochSecond() + secondsFromNow), NOW);
  }

  @Test
  void aCosignatureMadeNowOrWithinTheSkewIsFresh() {
    assertEquals(Verdict.FRESH, judge(0));
    assertEquals(Verdict.FRESH, judge(60), "60 s ahead is within the skew");
    assertEquals(Verdict.FRESH, judge(-3600), "exactly the maximum age");
  }

  @Test
  void aCosignatureFromBeyondTheSkewIsFromTheFuture() {
    assertEquals(Verdict.FROM_THE_FUTURE, judge(61));
    assertEquals(Verdict.FROM_THE_FUTURE, RULE.judge(signedAt(Long.MAX_VALUE), NOW));
  }

  @Test
  void aCosignatureOlderThanTheLimitIsTooOld() {
    assertEquals(Verdict.TOO_OLD, judge(-3601));
    assertEquals(Verdict.TOO_OLD, RULE.judge(signedAt(0), NOW));
  }

  @Test
  void limitsMustMakeSense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CosignatureFreshness(Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CosignatureFreshness(Duration.ofHours(1), Duration.ofSeconds(-1)));
  }
}
