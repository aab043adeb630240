package io.anshim.identity;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The citizen sessions this node found open in the database a moment ago, so the same session is
 * not read again on every request. Only "open" is remembered, for a short lifetime; an ending
 * committed on this node forgets the session at once. A check that read the database before such an
 * ending and finishes after it remembers nothing (each ending counts, and the count is compared).
 */
final class OpenSessionMemo {

  /** Past this many sessions remembered, the memo starts again (forgetting is always safe). */
  static final int MAX_SESSIONS = 200_000;

  private final long lifetimeMillis;
  private final ConcurrentMap<String, Long> openUntil = new ConcurrentHashMap<>();
  private final AtomicLong endings = new AtomicLong();

  OpenSessionMemo(long lifetimeMillis) {
    this.lifetimeMillis = lifetimeMillis;
  }

  /** The count of endings so far; take it before reading the session from the database. */
  long endingsSoFar() {
    return endings.get();
  }

  boolean knownOpen(String sessionId, long nowMillis) {
    Long until = openUntil.get(sessionId);
    if (until == null) {
      return false;
    }
    if (until <= nowMillis) {
      openUntil.remove(sessionId, until);
      return false;
    }
    return true;
  }

  /** The database said the session is open, in a read begun when the count was this. */
  void rememberOpen(String sessionId, long nowMillis, long endingsBeforeRead) {
    if (endings.get() != endingsBeforeRead) {
      return;
    }
    if (openUntil.size() >= MAX_SESSIONS) {
      openUntil.clear();
    }
    openUntil.put(sessionId, nowMillis + lifetimeMillis);
    if (endings.get() != endingsBeforeRead) {
      // an ending completed meanwhile: it may be this session's
      openUntil.remove(sessionId);
    }
  }

  /** The session ended (or may have): forget it, and let no read begun before remember it. */
  void ended(String sessionId) {
    endings.incrementAndGet();
    openUntil.remove(sessionId);
  }
}
