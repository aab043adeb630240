package io.anshim.ledger;

import io.anshim.ledger.merkle.CompactRange;
import io.anshim.ledger.store.LedgerCheckpoint;
import io.anshim.ledger.store.LedgerStore;
import io.anshim.ledger.store.NewEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sequencer's transactions: each call commits whole or not at all. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LedgerBatches {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Inject private LedgerIdentity identity;
  // a checkpoint's time must be the real time: witnesses compare it with theirs
  private final Clock clock = Clock.systemUTC();

  public LedgerStore.Recovery recover() {
    return new LedgerStore(em).recover(identity.signer(), identity.origin(), clock.instant());
  }

  /** Writes the batch after {@code edge} (advancing it) with its signed checkpoint. */
  public LedgerCheckpoint write(CompactRange edge, List<NewEntry> batch) {
    LedgerCheckpoint checkpoint =
        new LedgerStore(em)
            .append(edge, batch, identity.signer(), identity.origin(), clock.instant());
    em.flush();
    return checkpoint;
  }

  /**
   * Re-signs the newest checkpoint with a fresh timestamp if it was signed longer than {@code
   * interval} ago (an idle log).
   */
  public Optional<LedgerCheckpoint> resignIfOlderThan(Duration interval) {
    Instant now = clock.instant();
    return new LedgerStore(em)
        .resignNewest(identity.signer(), identity.origin(), now, now.minus(interval));
  }
}
