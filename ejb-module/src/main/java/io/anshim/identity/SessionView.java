package io.anshim.identity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One of a citizen's sessions, as their "devices" list shows it; {@code endReason} is SIGNED_OUT,
 * SIGNED_IN_ELSEWHERE, SIGNED_OUT_EVERYWHERE or EXPIRED once it ended.
 */
public record SessionView(
    String device,
    String clientAddress,
    String providerId,
    Instant startedAt,
    Instant lastSeenAt,
    Instant endedAt,
    String endReason,
    boolean current)
    implements Serializable {

  public boolean isOpen() {
    return endedAt == null;
  }
}
