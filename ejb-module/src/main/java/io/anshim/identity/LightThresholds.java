package io.anshim.identity;

import java.time.Duration;

/**
 * When a provider's light turns yellow or red. Set by system properties (server configuration); the
 * defaults suit the embedded providers, which answer in a few milliseconds when healthy.
 *
 * @param minCallsForErrorRate fewer calls than this say nothing about the error rate (one failure
 *     out of one call is not a failing provider)
 */
public record LightThresholds(
    Duration window,
    long yellowLatencyMillis,
    long redLatencyMillis,
    double yellowErrorRate,
    double redErrorRate,
    int minCallsForErrorRate) {

  public static LightThresholds fromSystemProperties() {
    return new LightThresholds(
        Duration.ofSeconds(Long.getLong("anshim.identity.light.window-seconds", 15)),
        Long.getLong("anshim.identity.light.yellow-latency-ms", 800),
        Long.getLong("anshim.identity.light.red-latency-ms", 3000),
        Double.parseDouble(System.getProperty("anshim.identity.light.yellow-error-rate", "0.05")),
        Double.parseDouble(System.getProperty("anshim.identity.light.red-error-rate", "0.25")),
        Integer.getInteger("anshim.identity.light.min-calls", 3));
  }

  /** Red when failing or congested, yellow when slow or failing now and then, green otherwise. */
  public TrafficLight judge(long calls, long failures, long averageLatencyMillis) {
    double errorRate = calls == 0 ? 0 : (double) failures / calls;
    boolean errorsCount = calls >= minCallsForErrorRate;
    if (averageLatencyMillis >= redLatencyMillis || errorsCount && errorRate >= redErrorRate) {
      return TrafficLight.RED;
    }
    if (averageLatencyMillis >= yellowLatencyMillis
        || errorsCount && errorRate >= yellowErrorRate) {
      return TrafficLight.YELLOW;
    }
    return TrafficLight.GREEN;
  }
}
