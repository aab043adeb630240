package io.anshim.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long identity verifications and SMS outbox messages are kept: {@code
 * anshim.identity.retention.verification-days} (30: longer than any rate-limit window or lockout,
 * and a month of evidence for a disputed sign-in) and {@code anshim.identity.retention.sms-days}
 * (7: a code is useless after minutes; a week covers a complaint about a missing message).
 */
public record RetentionPeriods(Duration verifications, Duration messages) {

  public RetentionPeriods {
    if (verifications.compareTo(Duration.ofDays(1)) < 0
        || messages.compareTo(Duration.ofDays(1)) < 0) {
      // a verification must outlive the lockouts and rate-limit windows that count it
      throw new IllegalArgumentException("retention periods are at least one day");
    }
  }

  public static RetentionPeriods configured() {
    return new RetentionPeriods(
        Duration.ofDays(Long.getLong("anshim.identity.retention.verification-days", 30)),
        Duration.ofDays(Long.getLong("anshim.identity.retention.sms-days", 7)));
  }

  public Instant verificationsBefore(Instant now) {
    return now.minus(verifications);
  }

  public Instant messagesBefore(Instant now) {
    return now.minus(messages);
  }
}
