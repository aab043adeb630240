package io.anshim.ledger.store;

import static io.anshim.ledger.store.H2Ledger.ORIGIN;
import static io.anshim.ledger.store.H2Ledger.SIGNER;
import static io.anshim.ledger.store.H2Ledger.entries;
import static io.anshim.ledger.store.H2Ledger.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.merkle.CompactRange;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.SubtreeHash;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.sequencer.Sequencer;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's crash promise on a real database: nothing appended and acknowledged is lost or
 * reordered, and a half-written batch is either never visible (one transaction) or discarded at
 * start.
 */
class LedgerCrashRecoveryTest {

  @TempDir Path directory;

  // --- (a) a batch that dies before it commits
  // --------------------------------------------------------

  @Test
  void aBatchThatFailsAfterItsEntriesAndNodesWereWrittenLeavesNoTrace() throws Exception {
    String url = H2Ledger.createDatabase(directory);
    try (H2Ledger ledger = H2Ledger.open(url)) {
      ledger.append(entries(0, 3));
      ledger.append(entries(3, 5));
      long nodesBefore = ledger.count("ledger_node");
      CompactRange next = ledger.edge();

      // signing the checkpoint is the last step of a batch; an origin that cannot be signed makes
      // it
      // fail after the entries and subtree hashes are already in the transaction
      long[] seenInsideTheTransaction = new long[2];
      assertThrows(
          IllegalArgumentException.class,
          () ->
              ledger.inTransactionWith(
                  em -> {
                    try {
                      new LedgerStore(em)
                          .append(next, entries(8, 4), SIGNER, "no\norigin", Instant.now());
                    } finally {
                      seenInsideTheTransaction[0] =
                          ((Number)
                                  em.createNativeQuery("SELECT COUNT(*) FROM ledger_entry")
                                      .getSingleResult())
                              .longValue();
                      seenInsideTheTransaction[1] =
                          new LedgerStore(em).committedSize().orElseThrow();
                    }
                    return null;
                  }));
      assertEquals(12, seenInsideTheTransaction[0], "the entries were written");
      assertEquals(8, seenInsideTheTransaction[1], "the checkpoint was not");

      assertEquals(8, ledger.count("ledger_entry"), "the rolled-back batch left no entry");
      assertEquals(nodesBefore, ledger.count("ledger_node"), "nor a subtree hash");
      assertEquals(2 + 1, ledger.count("ledger_checkpoint"), "nor a checkpoint");
      assertEquals(
          8, ledger.append(entries(8, 4)), "the next batch takes the failed batch's place");
      assertEquals(12, ledger.assertIntactAndProvable().size());
    }
  }

  @Test
  void aProcessKilledInTheMiddleOfABatchLosesOnlyThatUnacknowledgedBatch() throws Exception {
    String url = H2Ledger.createDatabase(directory);
    Checkpoint before;
    H2Ledger crashed = H2Ledger.open(url);
    crashed.append(entries(0, 3));
    crashed.append(entries(3, 5));
    before = crashed.assertIntactAndProvable();
    CompactRange next = crashed.edge();
    assertThrows(
        PersistenceException.class,
        () ->
            crashed.inTransactionWith(
                em -> {
                  new LedgerStore(em).append(next, entries(100, 7), SIGNER, ORIGIN, Instant.now());
                  em.flush();
                  // everything of the batch is in the database, uncommitted; now the power goes
                  try (Connection other = crashed.connection();
                      Statement statement = other.createStatement()) {
                    statement.execute("SHUTDOWN IMMEDIATELY");
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                  return null;
                }));
    closeQuietly(crashed);

    try (H2Ledger restarted = H2Ledger.open(url)) {
      LedgerStore.Recovery recovery = restarted.recoveryAtOpen();
      assertEquals(
          0,
          recovery.discardedRows(),
          "an uncommitted batch does not survive the database's own recovery");
      assertEquals(8, recovery.edge().size());
      assertEquals(before.root(), recovery.edge().root());
      assertEquals(8, restarted.count("ledger_entry"));
      assertEquals(8, restarted.append(entries(8, 6)), "appends continue at the right index");
      assertEquals(14, restarted.assertIntactAndProvable().size());
    }
  }

  // --- (b) rows beyond the newest signed checkpoint at start
  // ------------------------------------------

  @Test
  void rowsBeyondTheNewestCheckpointAreDiscardedAtStartAndTheLogContinuesFromIt() throws Exception {
    String url = H2Ledger.createDatabase(directory);
    Checkpoint old;
    List<Hash> committedLeaves = new ArrayList<>();
    try (H2Ledger ledger = H2Ledger.open(url)) {
      ledger.append(entries(0, 3));
      ledger.append(entries(3, 2));
      old = ledger.assertIntactAndProvable();
      for (NewEntry e : entries(0, 5)) {
        committedLeaves.add(Hash.leafHash(e.leafData()));
      }
    }
    long nodesBefore = countIn(url, "ledger_node");
    // a batch of 6 as the store would have written it (entries and every subtree it completes,
    // including [4, 6), [4, 8) and [0, 8) that straddle the checkpoint's size 5), but no checkpoint
    CompactRange edge = CompactRange.empty();
    committedLeaves.forEach(edge::append);
    int inserted = insertRowsBeyond(url, edge, entries(500, 6), true);

    try (H2Ledger restarted = H2Ledger.open(url)) {
      LedgerStore.Recovery recovery = restarted.recoveryAtOpen();
      assertEquals(
          inserted,
          recovery.discardedRows(),
          "every row beyond the checkpoint, entries and hashes");
      assertEquals(5, restarted.count("ledger_entry"));
      assertEquals(nodesBefore, restarted.count("ledger_node"));
      assertEquals(5, recovery.edge().size());
      assertEquals(old.root(), recovery.edge().root());

      assertEquals(
          5, restarted.append(entries(5, 4)), "appends continue right after the checkpoint");
      assertEquals(9, restarted.append(entries(9, 8)));
      Checkpoint now = restarted.assertIntactAndProvable();
      assertEquals(17, now.size());
      assertTrue(
          restarted
              .inTransaction(store -> store.consistencyProof(old.size(), now.size()))
              .isValid(old.root(), now.root()),
          "the old checkpoint is consistent with the new one");
    }
    assertEquals(
        6 + 6 + 5,
        inserted,
        "6 entries, their 6 leaf hashes and [4, 6), [6, 8), [4, 8), [0, 8), [8, 10)");
  }

  @Test
  void halfWrittenRowsWithWrongHashesBeyondTheCheckpointAreDiscardedToo() throws Exception {
    String url = H2Ledger.createDatabase(directory);
    CompactRange edge;
    try (H2Ledger ledger = H2Ledger.open(url)) {
      ledger.append(entries(0, 5));
      edge = ledger.edge();
    }
    // entries without their subtree hashes, and a garbage hash for [4, 6) which straddles the
    // checkpoint
    insertRowsBeyond(url, edge, entries(900, 2), false);
    try (Connection connection = H2Ledger.connectionTo(url);
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO ledger_node (node_id, hash) VALUES (?, ?)")) {
      insert.setLong(1, LedgerNode.idOf(new io.anshim.ledger.merkle.Subtree(1, 2)));
      insert.setString(2, "ff".repeat(32));
      insert.executeUpdate();
    }

    try (H2Ledger restarted = H2Ledger.open(url)) {
      assertEquals(3, restarted.recoveryAtOpen().discardedRows());
      assertEquals(5, restarted.count("ledger_entry"));
      assertEquals(
          5,
          restarted.append(entries(5, 3)),
          "the straddling hash is gone, so [4, 6) can be written");
      assertEquals(8, restarted.assertIntactAndProvable().size());
    }
  }

  @Test
  void rowsWithoutAnyCheckpointAreDiscardedAndTheEmptyTreeIsSigned() throws Exception {
    String url = H2Ledger.createDatabase(directory);
    insertRowsBeyond(url, CompactRange.empty(), entries(0, 3), true);

    try (H2Ledger ledger = H2Ledger.open(url)) {
      assertEquals(3 + 3 + 1, ledger.recoveryAtOpen().discardedRows());
      assertEquals(0, ledger.count("ledger_entry"));
      assertEquals(0, ledger.count("ledger_node"));
      assertEquals(0, ledger.append(entries(10, 3)));
      assertEquals(3, ledger.assertIntactAndProvable().size());
    }
  }

  // --- (c) a sequencer stopped while appends are queued
  // -----------------------------------------------

  @Test
  void stoppingTheSequencerUnderLoadNeverLosesAnAcknowledgedAppend() throws Exception {
    String url = H2Ledger.createDatabase(directory);
    Map<CompletableFuture<Long>, NewEntry> submitted = new HashMap<>();
    try (H2Ledger ledger = H2Ledger.open(url)) {
      Sequencer sequencer = new Sequencer(ledger.batchWriter(), 64, Duration.ofMillis(20), 100_000);
      sequencer.start(Thread::new);
      List<Thread> callers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int caller = t;
        callers.add(
            new Thread(
                () -> {
                  // at most 256 waiting per caller, until the sequencer refuses: some appends race
                  // with its stop
                  Semaphore inFlight = new Semaphore(256);
                  for (int i = 0; i < 1_000_000; i++) {
                    try {
                      if (!inFlight.tryAcquire(10, TimeUnit.SECONDS)) {
                        break; // an append never answered: the assertions below say which
                      }
                    } catch (InterruptedException e) {
                      break;
                    }
                    NewEntry entry = entry(caller * 1_000_000 + i);
                    CompletableFuture<Long> index = sequencer.submit(entry).toCompletableFuture();
                    index.whenComplete((done, failure) -> inFlight.release());
                    synchronized (submitted) {
                      submitted.put(index, entry);
                    }
                    if (index.isCompletedExceptionally()) {
                      break;
                    }
                  }
                }));
      }
      callers.forEach(Thread::start);
      // stop once some batches committed, with callers still submitting and entries still queued
      while (ledger.edge().size() < 500) {
        Thread.onSpinWait();
      }
      sequencer.close();
      for (Thread caller : callers) {
        caller.join();
      }

      Map<Long, NewEntry> acknowledged = new HashMap<>();
      int refused = 0;
      for (Map.Entry<CompletableFuture<Long>, NewEntry> append : submitted.entrySet()) {
        assertTrue(
            append.getKey().isDone(), "every caller has an answer once the sequencer stopped");
        try {
          NewEntry previous = acknowledged.put(append.getKey().join(), append.getValue());
          assertEquals(null, previous, "two appends acknowledged with the same index");
        } catch (CompletionException e) {
          refused++;
        }
      }
      assertTrue(refused > 0, "the test stopped the sequencer while appends were still coming");
      assertFalse(acknowledged.isEmpty());

      long size = ledger.assertIntactAndProvable().size();
      assertEquals(size, acknowledged.size(), "the log holds exactly the acknowledged appends");
      ledger.inTransaction(
          store -> {
            for (Map.Entry<Long, NewEntry> append : acknowledged.entrySet()) {
              LedgerEntry stored = store.entry(append.getKey()).orElseThrow();
              assertEquals(
                  HexFormat.of().formatHex(append.getValue().leafData()),
                  stored.leafDataHex(),
                  "entry " + append.getKey() + " holds what was acknowledged with that index");
            }
            return null;
          });
    }
  }

  // --- plumbing
  // ---------------------------------------------------------------------------------------

  /**
   * Writes entries after the given committed edge straight into the tables, as a batch that never
   * reached its checkpoint would have left them.
   *
   * @param withNodes also the subtree hashes the entries complete
   * @return the number of rows written
   */
  private static int insertRowsBeyond(
      String url, CompactRange committed, List<NewEntry> batch, boolean withNodes)
      throws SQLException {
    CompactRange edge = CompactRange.of(committed.size(), committed.peaks());
    int rows = 0;
    try (Connection connection = H2Ledger.connectionTo(url);
        PreparedStatement entry =
            connection.prepareStatement(
                "INSERT INTO ledger_entry"
                    + " (entry_index, leaf_data, leaf_key, kind, appended_at_ms) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement node =
            connection.prepareStatement("INSERT INTO ledger_node (node_id, hash) VALUES (?, ?)")) {
      for (NewEntry e : batch) {
        LedgerEntry row = new LedgerEntry(edge.size(), e.kind(), e.leafData(), Instant.now());
        entry.setLong(1, row.index());
        entry.setString(2, row.leafDataHex());
        entry.setLong(3, row.leafKey());
        entry.setInt(4, e.kind().tag());
        entry.setLong(5, 0);
        rows += entry.executeUpdate();
        for (SubtreeHash finished : edge.append(Hash.leafHash(e.leafData()))) {
          if (withNodes) {
            node.setLong(1, LedgerNode.idOf(finished.subtree()));
            node.setString(2, finished.hash().hex());
            rows += node.executeUpdate();
          }
        }
      }
    }
    return rows;
  }

  private static long countIn(String url, String table) throws SQLException {
    try (Connection connection = H2Ledger.connectionTo(url);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void closeQuietly(H2Ledger ledger) {
    try {
      ledger.close();
    } catch (RuntimeException e) {
      // its connections died with the database
    }
  }
}
