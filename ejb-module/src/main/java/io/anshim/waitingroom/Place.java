package io.anshim.waitingroom;

import java.io.Serializable;

/**
 * One person's place in the waiting room, kept in the cache "anshim/waiting-room-places" under the
 * citizen id: a first-come ticket, where the line stood when they joined (for the progress bar),
 * when they were last seen and, once admitted, until when their admission holds. Immutable; every
 * change is a new value written with an atomic cache operation.
 */
public record Place(
    long ticket,
    long servedAtJoin,
    long joinedAtMillis,
    long lastSeenMillis,
    long admittedAtMillis,
    long admittedUntilMillis)
    implements Serializable {

  static Place joined(long ticket, long servedAtJoin, long nowMillis) {
    return new Place(ticket, servedAtJoin, nowMillis, nowMillis, 0, 0);
  }

  boolean admitted() {
    return admittedAtMillis > 0;
  }

  Place seen(long nowMillis) {
    return new Place(
        ticket, servedAtJoin, joinedAtMillis, nowMillis, admittedAtMillis, admittedUntilMillis);
  }

  Place admit(long nowMillis, long untilMillis) {
    return new Place(ticket, servedAtJoin, joinedAtMillis, nowMillis, nowMillis, untilMillis);
  }

  /**
   * Whether the place still holds at {@code nowMillis}: a waiting place while its owner keeps
   * polling, an admitted one while its admission lasts.
   */
  boolean holdsAt(long nowMillis, long idleMillis) {
    return admitted() ? nowMillis < admittedUntilMillis : nowMillis - lastSeenMillis <= idleMillis;
  }
}
