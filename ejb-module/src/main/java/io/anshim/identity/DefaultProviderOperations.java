package io.anshim.identity;

import io.anshim.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
@RolesAllowed("OPERATOR")
public class DefaultProviderOperations implements ProviderOperations {

  @Inject private IdentityVerifications verifications;
  @Inject private ProviderTraffic traffic;

  @Override
  public List<ProviderFigures> figures() {
    return verifications.providers().stream().map(p -> traffic.figures(p.id())).toList();
  }

  @Override
  public ProviderFigures simulate(String providerId, long latencyMillis, double failureRate) {
    boolean embedded =
        verifications.providers().stream()
            .anyMatch(p -> p.id().equals(providerId) && p.kind() != ProviderKind.OIDC);
    if (!embedded) {
      throw new NotFoundException("error.identity.unknownProvider", String.valueOf(providerId));
    }
    traffic.simulate(providerId, new ProviderTraffic.Simulation(latencyMillis, failureRate));
    return traffic.figures(providerId);
  }
}
