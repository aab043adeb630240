package io.anshim.booking.policy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Writes proxy decisions in a transaction of their own, so a refusal is recorded even though the
 * refusal rolls the caller's transaction back.
 */
@Stateless
@PermitAll
public class ProxyDecisionLog {

  @Inject private BookingPolicyRepository repository;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      long bookerCitizenId,
      long personCitizenId,
      String relationship,
      boolean granted,
      String reason,
      Long windowId,
      Instant at) {
    repository.add(
        new ProxyDecision(
            bookerCitizenId,
            personCitizenId,
            relationship == null ? null : truncate(relationship),
            granted,
            reason,
            windowId,
            at));
  }

  private static String truncate(String text) {
    String stripped = text.strip();
    return stripped.length() > 30 ? stripped.substring(0, 30) : stripped;
  }
}
