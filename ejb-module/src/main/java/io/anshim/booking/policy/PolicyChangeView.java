package io.anshim.booking.policy;

import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit trail of policy changes. */
public record PolicyChangeView(
    long id,
    String changedBy,
    Instant changedAt,
    String action,
    Long windowId,
    String groupCode,
    String details)
    implements Serializable {

  static PolicyChangeView of(BookingPolicyChange c) {
    return new PolicyChangeView(
        c.getId(),
        c.getChangedBy(),
        c.getChangedAt(),
        c.getAction().name(),
        c.getWindowId(),
        c.getGroupCode(),
        c.getDetails());
  }
}
