package io.anshim.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.EntryKind;
import io.anshim.ledger.merkle.CompactRange;
import io.anshim.ledger.merkle.ConsistencyProof;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.Ed25519NoteVerifier;
import io.anshim.ledger.note.InvalidNoteException;
import io.anshim.ledger.note.NoteSigner;
import io.anshim.ledger.note.SignatureType;
import io.anshim.ledger.note.SignedNote;
import io.anshim.ledger.note.SignerKey;
import io.anshim.ledger.sequencer.BatchWriter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The real store on an embedded H2 database with the server's schema (sql's V4 migration), through
 * Hibernate outside a container, as the bench module runs it: one transaction per batch.
 */
final class H2Ledger implements AutoCloseable {

  static final String ORIGIN = "test.anshim.example/ledger";
  static final NoteSigner SIGNER =
      new NoteSigner(new SignerKey(ORIGIN, SignatureType.ED25519, new byte[32]));

  final String url;
  private final EntityManagerFactory emf;
  // the right edge after the last committed batch; only advanced on commit, as SequencingLedger
  // does
  private volatile CompactRange edge;
  private LedgerStore.Recovery atOpen;

  private H2Ledger(String url) {
    this.url = url;
    this.emf =
        Persistence.createEntityManagerFactory(
            "ledger-test",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
  }

  /**
   * A new database in a file, with the ledger's tables. WRITE_DELAY=0 makes H2 write every commit
   * before it returns; by default it writes commits up to 500 ms later, and a process killed in
   * between loses batches whose callers were already told their index.
   */
  static String createDatabase(Path directory) throws SQLException {
    String url = "jdbc:h2:" + directory.resolve("ledger").toAbsolutePath() + ";WRITE_DELAY=0";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("RUNSCRIPT FROM '" + System.getProperty("ledger.schema") + "'");
    }
    return url;
  }

  /** Opens the store as the server does at start: recovery first. */
  static H2Ledger open(String url) {
    H2Ledger ledger = new H2Ledger(url);
    ledger.atOpen = ledger.recover();
    return ledger;
  }

  /** What the recovery at {@link #open} found. */
  LedgerStore.Recovery recoveryAtOpen() {
    return atOpen;
  }

  LedgerStore.Recovery recover() {
    LedgerStore.Recovery recovery =
        inTransaction(store -> store.recover(SIGNER, ORIGIN, Instant.now()));
    edge = recovery.edge();
    return recovery;
  }

  /**
   * What the sequencer calls: one transaction per batch, the edge advanced only once it committed.
   */
  BatchWriter batchWriter() {
    return batch -> {
      CompactRange current = edge;
      CompactRange next = CompactRange.of(current.size(), current.peaks());
      long first = next.size();
      inTransaction(store -> store.append(next, batch, SIGNER, ORIGIN, Instant.now()));
      edge = next;
      return first;
    };
  }

  long append(List<NewEntry> batch) throws Exception {
    return batchWriter().write(batch);
  }

  CompactRange edge() {
    CompactRange current = edge; // read once: the sequencer's thread replaces it
    return CompactRange.of(current.size(), current.peaks());
  }

  <T> T inTransaction(Function<LedgerStore, T> work) {
    return inTransactionWith(em -> work.apply(new LedgerStore(em)));
  }

  <T> T inTransactionWith(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** A connection of its own, outside the store, as someone editing the database would use. */
  Connection connection() throws SQLException {
    return connectionTo(url);
  }

  static Connection connectionTo(String url) throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  long count(String table) throws SQLException {
    try (Connection connection = connection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Checks the whole log as a client would: the newest checkpoint is signed by the log's key and
   * covers exactly the stored entries, indices are 0..size-1 without gaps, every entry's inclusion
   * proof verifies against that checkpoint, and every older checkpoint is consistent with it.
   *
   * @return the newest checkpoint
   */
  Checkpoint assertIntactAndProvable() {
    return inTransaction(
        store -> {
          LedgerCheckpoint newest = store.latestCheckpoint().orElseThrow();
          Checkpoint signed = verified(newest);
          long size = signed.size();
          assertEquals(size, store.committedSize().orElseThrow());
          List<LedgerEntry> entries = store.entries(0, (int) size + 1000);
          assertEquals(size, entries.size(), "entries stored under the newest checkpoint");
          List<Hash> leafHashes = new ArrayList<>();
          for (int i = 0; i < entries.size(); i++) {
            assertEquals(i, entries.get(i).index(), "indices are contiguous from 0");
            leafHashes.add(entries.get(i).leafHash());
          }
          for (int i = 0; i < size; i++) {
            InclusionProof proof = store.inclusionProof(i, size);
            assertTrue(
                proof.isValid(leafHashes.get(i), signed.root()),
                "inclusion of entry " + i + " in the signed checkpoint of size " + size);
          }
          for (LedgerCheckpoint older : store.checkpoints(0, Integer.MAX_VALUE)) {
            Checkpoint old = verified(older);
            if (old.size() > 0 && old.size() < size) {
              ConsistencyProof proof = store.consistencyProof(old.size(), size);
              assertTrue(
                  proof.isValid(old.root(), signed.root()),
                  "checkpoint " + old.size() + " is consistent with checkpoint " + size);
            }
          }
          AuditReport audit = store.audit(new Ed25519NoteVerifier(SIGNER.verifierKey()), ORIGIN);
          assertTrue(audit.intact(), () -> "the audit finds " + audit.firstDivergence());
          return signed;
        });
  }

  static Checkpoint verified(LedgerCheckpoint stored) {
    try {
      SignedNote note = SignedNote.parse(stored.signedNote());
      note.verify(List.of(new Ed25519NoteVerifier(SIGNER.verifierKey())));
      Checkpoint checkpoint = Checkpoint.parse(note.text());
      assertEquals(stored.treeSize(), checkpoint.size());
      assertEquals(stored.root(), checkpoint.root());
      return checkpoint;
    } catch (InvalidNoteException e) {
      throw new AssertionError("checkpoint " + stored.treeSize() + " is not signed by the log", e);
    }
  }

  static List<NewEntry> entries(int first, int count) {
    List<NewEntry> batch = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      batch.add(entry(i));
    }
    return batch;
  }

  static NewEntry entry(int marker) {
    byte[] data = new byte[32];
    data[0] = (byte) (marker >>> 24);
    data[1] = (byte) (marker >>> 16);
    data[2] = (byte) (marker >>> 8);
    data[3] = (byte) marker;
    data[31] = 0x5a;
    return new NewEntry(EntryKind.CERTIFICATE_ISSUED, data);
  }

  @Override
  public void close() {
    emf.close();
  }
}
