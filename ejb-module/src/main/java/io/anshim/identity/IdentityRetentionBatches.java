package io.anshim.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * One batch of the retention purge per transaction, so a purge of many rows never holds long locks
 * or one huge transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdentityRetentionBatches {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  /** Deletes up to {@code limit} verifications started before the cut-off and not locking now. */
  public int deleteVerifications(Instant cutoff, Instant now, int limit) {
    List<String> ids =
        em.createNamedQuery(IdentityVerification.STARTED_BEFORE, String.class)
            .setParameter("cutoff", cutoff)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery(IdentityVerification.DELETE_IDS)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** Deletes up to {@code limit} outbox messages queued before the cut-off. */
  public int deleteMessages(Instant cutoff, int limit) {
    List<Long> ids =
        em.createNamedQuery(SmsMessage.QUEUED_BEFORE, Long.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createNamedQuery(SmsMessage.DELETE_IDS).setParameter("ids", ids).executeUpdate();
  }
}
