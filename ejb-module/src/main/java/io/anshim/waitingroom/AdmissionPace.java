package io.anshim.waitingroom;

import java.time.Duration;
import java.time.Instant;

/**
 * How many people the waiting room may let through by a given moment at a rate of so many per
 * second. Unused admissions do not pile up beyond one second's worth, so a quiet minute is not
 * followed by a burst. Changing the rate takes effect from the next admission on.
 */
public final class AdmissionPace {

  private double perSecond;
  private double available;
  private Instant last;

  public AdmissionPace(double perSecond, Instant start) {
    setRate(perSecond);
    this.available = this.perSecond;
    this.last = start;
  }

  public synchronized void setRate(double perSecond) {
    if (!(perSecond > 0) || perSecond > 1_000_000) {
      throw new IllegalArgumentException(
          "the admission rate is between 0 and 1,000,000 per second");
    }
    this.perSecond = perSecond;
  }

  public synchronized double rate() {
    return perSecond;
  }

  /**
   * Takes up to {@code wanted} admissions available at {@code now}; returns how many were taken.
   */
  public synchronized int take(int wanted, Instant now) {
    refill(now);
    int granted = (int) Math.min(wanted, Math.floor(available));
    available -= granted;
    return granted;
  }

  /** The expected wait for someone with {@code ahead} people in front of them. */
  public synchronized Duration waitFor(long ahead) {
    return Duration.ofMillis((long) Math.ceil(ahead * 1000.0 / perSecond));
  }

  private void refill(Instant now) {
    if (now.isAfter(last)) {
      double seconds = Duration.between(last, now).toNanos() / 1e9;
      available = Math.min(Math.max(perSecond, 1), available + seconds * perSecond);
      last = now;
    }
  }
}
