package io.anshim.identity;

import jakarta.ejb.Local;
import java.util.List;

/** What operators see of the identity providers, and the drills they may run on them. */
@Local
public interface ProviderOperations {

  /** The figures behind each provider's traffic light. */
  List<ProviderFigures> figures();

  /** Sets an embedded provider's simulated latency and failure rate (0 and 0 end the drill). */
  ProviderFigures simulate(String providerId, long latencyMillis, double failureRate);
}
