package io.anshim.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Measures every call to every provider into its {@link TrafficWindow}, and holds the operator's
 * simulated latency and failure rate for the embedded providers. Per node: each node judges the
 * providers by what it sees itself, which is what its users experience.
 */
@ApplicationScoped
public class ProviderTraffic {

  @Inject private Clock clock;

  private LightThresholds thresholds;
  private final Map<String, TrafficWindow> windows = new ConcurrentHashMap<>();
  private final Map<String, Simulation> simulations = new ConcurrentHashMap<>();

  @PostConstruct
  void configure() {
    thresholds = LightThresholds.fromSystemProperties();
  }

  /** Runs one provider call, timing it; a {@link ProviderUnavailableException} counts as failed. */
  public <T> T measure(String providerId, Supplier<T> call) {
    long started = System.nanoTime();
    boolean failed = true;
    try {
      T result = call.get();
      failed = false;
      return result;
    } finally {
      window(providerId).record(Duration.ofNanos(System.nanoTime() - started), failed);
    }
  }

  public ProviderFigures figures(String providerId) {
    Simulation s = simulation(providerId);
    return window(providerId).figures(providerId, s.latencyMillis(), s.failureRate());
  }

  public Simulation simulation(String providerId) {
    return simulations.getOrDefault(providerId, Simulation.NONE);
  }

  public void simulate(String providerId, Simulation simulation) {
    simulations.put(providerId, simulation);
  }

  private TrafficWindow window(String providerId) {
    return windows.computeIfAbsent(providerId, id -> new TrafficWindow(clock, thresholds));
  }

  /** Extra latency and a failure rate an operator sets on an embedded provider, for drills. */
  public record Simulation(long latencyMillis, double failureRate) {

    public static final Simulation NONE = new Simulation(0, 0);

    public Simulation {
      if (latencyMillis < 0 || latencyMillis > 30_000 || failureRate < 0 || failureRate > 1) {
        throw new io.anshim.shared.InvalidRequestException("error.identity.simulation");
      }
    }

    /** Waits the simulated latency, then fails at the simulated rate. */
    void act(String providerId) {
      if (latencyMillis > 0) {
        try {
          Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate) {
        throw new ProviderUnavailableException(providerId);
      }
    }
  }
}
