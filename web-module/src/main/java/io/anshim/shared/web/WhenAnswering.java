package io.anshim.shared.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Asks again and again, with a pause between, until something answers or patience runs out. */
final class WhenAnswering {

  private WhenAnswering() {}

  /** True as soon as the probe says yes; false after the patience, or when interrupted. */
  static boolean wait(BooleanSupplier probe, Duration patience, Duration betweenTries) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      if (probe.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(betweenTries.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
