package io.anshim.identity;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/** Verification is locked or rate-limited for this person or address until {@link #until()}. */
@ApplicationException(rollback = false)
public class VerificationLockedException extends VerificationRefusedException {

  private final Instant until;

  public VerificationLockedException(String messageKey, Instant until) {
    super(messageKey, java.util.Date.from(until));
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
