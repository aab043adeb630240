package io.anshim.identity;

import java.time.Clock;
import java.time.Duration;

/**
 * The calls to one provider over a sliding window of one-second buckets (by default the last 15
 * seconds): count, failures, latency. Old buckets are reused as time moves on. Thread-safe.
 */
public final class TrafficWindow {

  private final Clock clock;
  private final LightThresholds thresholds;
  private final long[] second;
  private final long[] calls;
  private final long[] failures;
  private final long[] latencySum;
  private final long[] latencyMax;

  public TrafficWindow(Clock clock, LightThresholds thresholds) {
    this.clock = clock;
    this.thresholds = thresholds;
    int size = (int) Math.max(1, thresholds.window().toSeconds());
    second = new long[size];
    calls = new long[size];
    failures = new long[size];
    latencySum = new long[size];
    latencyMax = new long[size];
    java.util.Arrays.fill(second, Long.MIN_VALUE);
  }

  /** One call that just ended, how long it took and whether the provider failed. */
  public synchronized void record(Duration latency, boolean failed) {
    long now = clock.instant().getEpochSecond();
    int i = (int) Math.floorMod(now, (long) second.length);
    if (second[i] != now) {
      second[i] = now;
      calls[i] = 0;
      failures[i] = 0;
      latencySum[i] = 0;
      latencyMax[i] = 0;
    }
    long millis = latency.toMillis();
    calls[i]++;
    failures[i] += failed ? 1 : 0;
    latencySum[i] += millis;
    latencyMax[i] = Math.max(latencyMax[i], millis);
  }

  /** The figures over the window ending now. */
  public synchronized ProviderFigures figures(
      String providerId, long simulatedLatency, double simulatedFailureRate) {
    long now = clock.instant().getEpochSecond();
    long total = 0;
    long failed = 0;
    long sum = 0;
    long max = 0;
    for (int i = 0; i < second.length; i++) {
      if (second[i] > now - second.length && second[i] <= now) {
        total += calls[i];
        failed += failures[i];
        sum += latencySum[i];
        max = Math.max(max, latencyMax[i]);
      }
    }
    long average = total == 0 ? 0 : sum / total;
    return new ProviderFigures(
        providerId,
        thresholds.judge(total, failed, average),
        total,
        failed,
        total == 0 ? 0 : (double) failed / total,
        average,
        max,
        second.length,
        simulatedLatency,
        simulatedFailureRate);
  }
}
