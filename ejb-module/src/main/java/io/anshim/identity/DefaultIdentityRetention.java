package io.anshim.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

/** Deletes in batches of {@value #BATCH} rows, each batch in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultIdentityRetention implements IdentityRetention {

  static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(DefaultIdentityRetention.class.getName());

  @Inject private IdentityRetentionBatches batches;
  @Inject private Clock clock;

  private final RetentionPeriods periods = RetentionPeriods.configured();

  @Override
  @RolesAllowed("OPERATOR")
  public PurgeReport purge() {
    return purgeNow();
  }

  /** Every night at 03:17 server time; not persistent: a missed night is caught up the next. */
  @Schedule(hour = "3", minute = "17", persistent = false)
  @PermitAll
  void nightlyPurge() {
    PurgeReport report = purgeNow();
    LOG.info(
        () ->
            "Identity retention purge deleted "
                + report.verificationsDeleted()
                + " verifications and "
                + report.messagesDeleted()
                + " SMS outbox messages");
  }

  private PurgeReport purgeNow() {
    Instant now = clock.instant();
    Instant verificationsBefore = periods.verificationsBefore(now);
    Instant messagesBefore = periods.messagesBefore(now);
    long verifications =
        inBatches(() -> batches.deleteVerifications(verificationsBefore, now, BATCH));
    long messages = inBatches(() -> batches.deleteMessages(messagesBefore, BATCH));
    return new PurgeReport(verifications, messages, verificationsBefore, messagesBefore);
  }

  private static long inBatches(IntSupplier batch) {
    long total = 0;
    int deleted;
    do {
      deleted = batch.getAsInt();
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }
}
