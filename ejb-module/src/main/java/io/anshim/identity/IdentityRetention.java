package io.anshim.identity;

import jakarta.ejb.Local;

/**
 * Old identity verifications and SMS outbox messages are deleted after their retention period:
 * every night by a timer, or at once by an operator.
 */
@Local
public interface IdentityRetention {

  /** Deletes what is past its retention period now; operators only. */
  PurgeReport purge();

  /** What one purge deleted, and the cut-off times it used. */
  record PurgeReport(
      long verificationsDeleted,
      long messagesDeleted,
      java.time.Instant verificationsBefore,
      java.time.Instant messagesBefore) {}
}
