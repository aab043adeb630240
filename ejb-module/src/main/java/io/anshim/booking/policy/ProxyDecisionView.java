package io.anshim.booking.policy;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit trail of proxy decisions. */
public record ProxyDecisionView(
    long id,
    long bookerCitizenId,
    long personCitizenId,
    String relationship,
    boolean granted,
    String reason,
    Long windowId,
    Instant decidedAt)
    implements Serializable {

  static ProxyDecisionView of(ProxyDecision d) {
    return new ProxyDecisionView(
        d.getId(),
        d.getBookerCitizenId(),
        d.getPersonCitizenId(),
        d.getRelationship(),
        d.isGranted(),
        d.getReason(),
        d.getWindowId(),
        d.getDecidedAt());
  }
}
