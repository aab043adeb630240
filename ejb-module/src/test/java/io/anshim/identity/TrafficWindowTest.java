package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrafficWindowTest {

  /** A clock the test moves by hand. */
  static final class FakeClock extends Clock {
    Instant now = Instant.parse("2021-08-09T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final FakeClock clock = new FakeClock();
  private final LightThresholds thresholds =
      new LightThresholds(Duration.ofSeconds(60), 800, 3000, 0.05, 0.25, 3);
  private final TrafficWindow window = new TrafficWindow(clock, thresholds);

  private TrafficLight light() {
    return window.figures("carrier", 0, 0).light();
  }

  @Test
  void aProviderNobodyUsedIsGreen() {
    assertEquals(TrafficLight.GREEN, light());
    assertEquals(0, window.figures("carrier", 0, 0).calls());
  }

  @Test
  void fastCallsAreGreenSlowOnesYellowVerySlowOnesRed() {
    record(20, Duration.ofMillis(40), false);
    assertEquals(TrafficLight.GREEN, light());

    clock.advance(Duration.ofSeconds(61));
    record(5, Duration.ofMillis(1200), false);
    assertEquals(TrafficLight.YELLOW, light());
    assertEquals(1200, window.figures("carrier", 0, 0).averageLatencyMillis());

    record(5, Duration.ofMillis(6000), false);
    assertEquals(TrafficLight.RED, light());
  }

  @Test
  void failuresTurnTheLightYellowThenRed() {
    record(19, Duration.ofMillis(10), false);
    record(1, Duration.ofMillis(10), true);
    assertEquals(TrafficLight.YELLOW, light()); // 5 %

    record(10, Duration.ofMillis(10), true);
    ProviderFigures figures = window.figures("carrier", 0, 0);
    assertEquals(TrafficLight.RED, figures.light()); // 11 of 30
    assertEquals(30, figures.calls());
    assertEquals(11, figures.failures());
  }

  @Test
  void oneFailureOfOneCallSaysNothingYet() {
    record(1, Duration.ofMillis(10), true);
    assertEquals(TrafficLight.GREEN, light());
  }

  @Test
  void theWindowForgetsCallsOlderThanSixtySeconds() {
    record(10, Duration.ofMillis(5000), true);
    assertEquals(TrafficLight.RED, light());

    clock.advance(Duration.ofSeconds(30));
    record(10, Duration.ofMillis(10), false);
    assertEquals(20, window.figures("carrier", 0, 0).calls());

    clock.advance(Duration.ofSeconds(30));
    ProviderFigures figures = window.figures("carrier", 0, 0);
    assertEquals(10, figures.calls());
    assertEquals(TrafficLight.GREEN, figures.light());

    clock.advance(Duration.ofSeconds(30));
    assertEquals(0, window.figures("carrier", 0, 0).calls());
  }

  private void record(int calls, Duration latency, boolean failed) {
    for (int i = 0; i < calls; i++) {
      window.record(latency, failed);
    }
  }
}
