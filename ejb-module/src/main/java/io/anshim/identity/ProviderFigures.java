package io.anshim.identity;

import java.io.Serializable;

/** What a provider did over the window: the figures behind its traffic light. */
public record ProviderFigures(
    String providerId,
    TrafficLight light,
    long calls,
    long failures,
    double errorRate,
    long averageLatencyMillis,
    long maxLatencyMillis,
    int windowSeconds,
    long simulatedLatencyMillis,
    double simulatedFailureRate)
    implements Serializable {}
