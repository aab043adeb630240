package io.anshim.ledger;

import io.anshim.ledger.merkle.CompactRange;
import io.anshim.ledger.sequencer.Sequencer;
import io.anshim.ledger.store.LedgerStore;
import io.anshim.ledger.store.NewEntry;
import io.anshim.ledger.store.StaleEdgeException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The one sequencer of the log. At start it recovers the log's right edge from the stored subtrees;
 * then a single managed thread writes batches of up to {@code anshim.ledger.batch.size} entries
 * (256) or {@code anshim.ledger.batch.delay.ms} (250 ms), each in one transaction with its signed
 * checkpoint. When no batch was written for {@code anshim.ledger.resign.interval.ms} (300000; 0
 * turns it off) it signs the newest tree head again with a fresh timestamp.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SequencingLedger implements Ledger {

  private static final Logger LOG = Logger.getLogger(SequencingLedger.class.getName());

  @Inject private LedgerBatches batches;

  @Resource private ManagedThreadFactory threads;

  private Sequencer sequencer;
  private Duration appendTimeout;
  // only the sequencer thread touches it after start
  private CompactRange edge;

  @PostConstruct
  void start() {
    LedgerStore.Recovery recovery = batches.recover();
    edge = recovery.edge();
    if (recovery.discardedRows() > 0) {
      LOG.warning(
          () ->
              "Ledger recovery discarded "
                  + recovery.discardedRows()
                  + " rows beyond the last checkpoint");
    }
    int batchSize = intSetting("anshim.ledger.batch.size", "ANSHIM_LEDGER_BATCH_SIZE", 256);
    Duration delay =
        Duration.ofMillis(
            intSetting("anshim.ledger.batch.delay.ms", "ANSHIM_LEDGER_BATCH_DELAY_MS", 250));
    appendTimeout =
        Duration.ofMillis(
            intSetting(
                "anshim.ledger.append.timeout.ms", "ANSHIM_LEDGER_APPEND_TIMEOUT_MS", 30_000));
    sequencer = new Sequencer(this::write, batchSize, delay, 1_000_000);
    Duration resignInterval =
        Duration.ofMillis(
            intSetting(
                "anshim.ledger.resign.interval.ms", "ANSHIM_LEDGER_RESIGN_INTERVAL_MS", 300_000));
    if (!resignInterval.isZero()) {
      sequencer.resignWhenIdle(resignInterval, () -> resign(resignInterval));
    }
    sequencer.start(threads);
    LOG.info(
        () ->
            "Ledger sequencer started at size "
                + edge.size()
                + " (batches of "
                + batchSize
                + " or "
                + delay.toMillis()
                + " ms)");
  }

  @PreDestroy
  void stop() {
    sequencer.close();
  }

  private long write(List<NewEntry> batch) {
    try {
      return writeAfter(edge, batch);
    } catch (EJBException e) {
      // the transaction rolled back: the database, not our copy, says where the log ends
      edge = batches.recover().edge();
      if (e.getCause() instanceof StaleEdgeException) {
        return writeAfter(edge, batch);
      }
      throw e;
    }
  }

  private void resign(Duration interval) {
    batches
        .resignIfOlderThan(interval)
        .ifPresent(
            checkpoint ->
                LOG.fine(() -> "Re-signed the idle ledger's checkpoint " + checkpoint.treeSize()));
  }

  private long writeAfter(CompactRange committed, List<NewEntry> batch) {
    CompactRange next = CompactRange.of(committed.size(), committed.peaks());
    long first = next.size();
    batches.write(next, batch);
    edge = next;
    return first;
  }

  @Override
  public CompletionStage<Long> append(EntryKind kind, byte[] leafData) {
    return sequencer.submit(new NewEntry(kind, leafData));
  }

  @Override
  public long appendAndWait(EntryKind kind, byte[] leafData) {
    try {
      return append(kind, leafData)
          .toCompletableFuture()
          .get(appendTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new LedgerUnavailableException("the ledger did not commit the entry", e.getCause());
    } catch (TimeoutException e) {
      throw new LedgerUnavailableException(
          "the ledger did not commit the entry within " + appendTimeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerUnavailableException("interrupted while waiting for the ledger", e);
    }
  }

  private static int intSetting(String property, String environment, int fallback) {
    return LedgerIdentity.setting(property, environment).map(Integer::parseInt).orElse(fallback);
  }
}
