package io.anshim.identity;

/** A provider's live state as the sign-in page shows it. */
public enum TrafficLight {
  /** Smooth. */
  GREEN,
  /** Delayed. */
  YELLOW,
  /** Congested or failing. */
  RED
}
