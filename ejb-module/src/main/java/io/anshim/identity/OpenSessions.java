package io.anshim.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Whether a citizen session is open, as every citizen request asks (the citizen filter, then the
 * waiting room's gate): answered from {@link OpenSessionMemo} when this node found the session open
 * less than {@link #LIFETIME_MILLIS} ago, otherwise from {@link CitizenAccounts#check} (which also
 * keeps the session's last-seen time). An ending committed on this node is seen at once; one
 * committed on another node within the lifetime (the cluster issue).
 */
@ApplicationScoped
public class OpenSessions {

  static final long LIFETIME_MILLIS = 10_000;
  private static final SessionCheck OPEN = new SessionCheck(true, false);

  private final OpenSessionMemo memo = new OpenSessionMemo(LIFETIME_MILLIS);

  @Inject private CitizenAccounts accounts;

  public SessionCheck check(String sessionId) {
    if (sessionId != null && memo.knownOpen(sessionId, nowMillis())) {
      return OPEN;
    }
    long endings = memo.endingsSoFar();
    SessionCheck check = accounts.check(sessionId);
    if (check.open() && sessionId != null) {
      memo.rememberOpen(sessionId, nowMillis(), endings);
    }
    return check;
  }

  /**
   * Monotonic: a memo's lifetime is not business time, and a test's moved clock must not stretch
   * it.
   */
  private static long nowMillis() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
  }

  /** After the ending's transaction completes (committed or not: forgetting is always safe). */
  void onEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) SessionEnded ended) {
    memo.ended(ended.sessionId());
  }
}
