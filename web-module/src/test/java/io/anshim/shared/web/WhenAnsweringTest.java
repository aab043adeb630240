package io.anshim.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WhenAnsweringTest {

  @Test
  void asksUntilTheAnswerIsYes() {
    AtomicInteger asked = new AtomicInteger();
    assertTrue(
        WhenAnswering.wait(
            () -> asked.incrementAndGet() == 3, Duration.ofSeconds(10), Duration.ofMillis(1)));
    assertEquals(3, asked.get());
  }

  @Test
  void givesUpAfterItsPatience() {
    AtomicInteger asked = new AtomicInteger();
    long started = System.nanoTime();
    assertFalse(
        WhenAnswering.wait(
            () -> asked.incrementAndGet() < 0, Duration.ofMillis(50), Duration.ofMillis(5)));
    assertTrue(System.nanoTime() - started >= Duration.ofMillis(50).toNanos());
    assertTrue(asked.get() >= 2);
  }

  @Test
  void stopsWhenInterrupted() {
    Thread.currentThread().interrupt();
    try {
      assertFalse(WhenAnswering.wait(() -> false, Duration.ofSeconds(10), Duration.ofMillis(10)));
      assertTrue(Thread.interrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
