package io.anshim.identity;

import java.io.Serializable;

/** A provider as the sign-in page offers it: which, what kind, and its light now. */
public record ProviderStatus(String id, ProviderKind kind, TrafficLight light)
    implements Serializable {}
