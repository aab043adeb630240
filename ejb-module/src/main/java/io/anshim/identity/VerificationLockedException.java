package io.anshim.identity;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Verification is locked or rate-limited for this person or address until {@link #until()}. The
 * message shows that time in Korea time, the time of the people it is for.
 */
@ApplicationException(rollback = false)
public class VerificationLockedException extends VerificationRefusedException {

  private static final DateTimeFormatter KOREA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Seoul"));

  private final Instant until;

  public VerificationLockedException(String messageKey, Instant until) {
    super(messageKey, KOREA_TIME.format(until));
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
