package io.anshim.ledger.note;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a cosignature's timestamp is believable now: not later than our clock plus a small skew
 * (a witness cannot have signed in the future), and not older than a limit (a stale cosignature
 * says nothing about the log's present). c2sp.org/tlog-cosignature lets verifiers refuse both.
 */
public record CosignatureFreshness(Duration maxAge, Duration maxSkew) {

  /** One minute of clock skew; an hour of age. */
  public static final CosignatureFreshness DEFAULT =
      new CosignatureFreshness(Duration.ofHours(1), Duration.ofMinutes(1));

  public enum Verdict {
    FRESH,
    FROM_THE_FUTURE,
    TOO_OLD
  }

  public CosignatureFreshness {
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(maxSkew, "maxSkew");
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maximum age must be positive: " + maxAge);
    }
    if (maxSkew.isNegative()) {
      throw new IllegalArgumentException("clock skew must not be negative: " + maxSkew);
    }
  }

  public Verdict judge(Cosignature cosignature, Instant now) {
    long signedAt = cosignature.timestamp();
    long nowSeconds = now.getEpochSecond();
    // in seconds, as the timestamp is; no overflow: timestamps are in [0, 2^63-1]
    if (signedAt > nowSeconds && signedAt - nowSeconds > maxSkew.toSeconds()) {
      return Verdict.FROM_THE_FUTURE;
    }
    if (nowSeconds - signedAt > maxAge.toSeconds()) {
      return Verdict.TOO_OLD;
    }
    return Verdict.FRESH;
  }
}
