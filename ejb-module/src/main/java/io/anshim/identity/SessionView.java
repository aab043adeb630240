package io.anshim.identity;

import io.anshim.identity.CitizenSession.EndReason;
import java.io.Serializable;
import java.time.Instant;

/** One of a citizen's sessions, as their "devices" list shows it. */
public record SessionView(
    String device,
    String clientAddress,
    String providerId,
    Instant startedAt,
    Instant lastSeenAt,
    Instant endedAt,
    EndReason endReason,
    boolean current)
    implements Serializable {

  public boolean isOpen() {
    return endedAt == null;
  }
}
