package io.anshim.ledger.store;

import io.anshim.ledger.audit.Divergence;
import io.anshim.ledger.audit.LogReplay;
import io.anshim.ledger.merkle.CompactRange;
import io.anshim.ledger.merkle.ConsistencyProof;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.merkle.MerkleTree;
import io.anshim.ledger.merkle.Subtree;
import io.anshim.ledger.merkle.SubtreeHash;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.Cosignature;
import io.anshim.ledger.note.InvalidNoteException;
import io.anshim.ledger.note.NoteSigner;
import io.anshim.ledger.note.NoteVerifier;
import io.anshim.ledger.note.SignedNote;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.hibernate.query.NativeQuery;

/**
 * The log as stored through JPA: entries, complete-subtree hashes and signed checkpoints. Every
 * method runs in the caller's transaction; {@link #append} must be the only write of its
 * transaction so that a batch is committed whole or not at all.
 */
public final class LedgerStore {

  private static final int AUDIT_CHUNK = 4096;
  private static final int IN_LIST_LIMIT = 1000;
  private static final int INSERT_PARAMETER_LIMIT = 2000;

  private final EntityManager em;

  public LedgerStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** The size of the newest checkpoint, which every batch writes in its own transaction. */
  public OptionalLong committedSize() {
    Long size = em.createNamedQuery(LedgerCheckpoint.COMMITTED_SIZE, Long.class).getSingleResult();
    return size == null ? OptionalLong.empty() : OptionalLong.of(size);
  }

  /**
   * Brings the store to a state the sequencer can continue from: discards anything beyond the
   * newest checkpoint (a batch only ever commits whole, so such rows can only come from outside),
   * signs the empty tree on first start, and checks that the stored peaks give the checkpoint's
   * root.
   */
  public Recovery recover(NoteSigner signer, String origin, Instant now) {
    OptionalLong committed = committedSize();
    long size = committed.orElse(0);
    int discarded = discardBeyond(size);
    CompactRange edge = edge(size);
    if (committed.isEmpty()) {
      sign(edge, signer, origin, now);
    } else {
      Hash root = em.find(LedgerCheckpoint.class, size).root();
      if (!edge.root().equals(root)) {
        throw new IllegalStateException(
            "the stored subtree hashes of the log give root "
                + edge.root()
                + " but its checkpoint of size "
                + size
                + " says "
                + root
                + "; run the ledger audit");
      }
    }
    return new Recovery(edge, discarded);
  }

  /**
   * What {@link #recover} found: the right edge to continue from, and how many rows it discarded.
   */
  public record Recovery(CompactRange edge, int discardedRows) {}

  /** The right edge of the tree of the given size, from its O(log size) stored peaks. */
  public CompactRange edge(long size) {
    return CompactRange.load(new JpaLedgerNodes(em, size), size);
  }

  int discardBeyond(long size) {
    List<Long> straddling = new ArrayList<>(LedgerNode.straddling(size));
    straddling.add(-1L);
    int nodes =
        em.createNamedQuery(LedgerNode.DISCARD_BEYOND)
            .setParameter("firstId", LedgerNode.firstIdBeyond(size))
            .setParameter("straddling", straddling)
            .executeUpdate();
    int entries =
        em.createNamedQuery(LedgerEntry.DISCARD_FROM).setParameter("start", size).executeUpdate();
    return nodes + entries;
  }

  /**
   * Writes a batch at the end of the log, with the subtrees it completes and a signed checkpoint of
   * the new size. The position comes from the newest checkpoint read in this same transaction; if
   * it is not where {@code edge} ends, another writer got there first and the caller must reload.
   *
   * @param edge the right edge of the committed log; advanced in place, so pass a copy you can drop
   *     if the transaction rolls back
   * @return the new checkpoint; the batch's first entry has index {@code edge.size()} before the
   *     call
   */
  public LedgerCheckpoint append(
      CompactRange edge, List<NewEntry> batch, NoteSigner signer, String origin, Instant now) {
    long committed = committedSize().orElse(0);
    if (committed != edge.size()) {
      throw new StaleEdgeException(edge.size(), committed);
    }
    List<Object[]> entryRows = new ArrayList<>(batch.size());
    List<Object[]> nodeRows = new ArrayList<>(batch.size() * 2);
    for (NewEntry entry : batch) {
      LedgerEntry row = new LedgerEntry(edge.size(), entry.kind(), entry.leafData(), now);
      entryRows.add(
          new Object[] {
            row.index(),
            row.leafDataHex(),
            row.leafKey(),
            (int) entry.kind().tag(),
            now.toEpochMilli()
          });
      for (SubtreeHash finished : edge.append(Hash.leafHash(entry.leafData()))) {
        nodeRows.add(new Object[] {LedgerNode.idOf(finished.subtree()), finished.hash().hex()});
      }
    }
    insertRows(
        "ledger_entry",
        "INSERT INTO ledger_entry (entry_index, leaf_data, leaf_key, kind, appended_at_ms) VALUES ",
        entryRows);
    insertRows("ledger_node", "INSERT INTO ledger_node (node_id, hash) VALUES ", nodeRows);
    return sign(edge, signer, origin, now);
  }

  /**
   * Multi-row INSERTs (portable to H2 and PostgreSQL): a batch is a few hundred rows that are
   * written once and never updated, so managing them as entities would only cost flush time. Each
   * names its table to Hibernate, which would otherwise empty the whole second-level cache after
   * it.
   */
  private void insertRows(String table, String insert, List<Object[]> rows) {
    int columns = rows.isEmpty() ? 0 : rows.get(0).length;
    int perStatement = Math.max(1, INSERT_PARAMETER_LIMIT / Math.max(1, columns));
    for (int from = 0; from < rows.size(); from += perStatement) {
      List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
      StringBuilder sql = new StringBuilder(insert);
      int position = 1;
      for (int r = 0; r < part.size(); r++) {
        sql.append(r == 0 ? "(" : ", (");
        for (int c = 0; c < columns; c++) {
          sql.append(c == 0 ? "?" : ", ?").append(position++);
        }
        sql.append(')');
      }
      Query query =
          em.createNativeQuery(sql.toString())
              .unwrap(NativeQuery.class)
              .addSynchronizedQuerySpace(table);
      position = 1;
      for (Object[] row : part) {
        for (Object value : row) {
          query.setParameter(position++, value);
        }
      }
      query.executeUpdate();
    }
  }

  private LedgerCheckpoint sign(CompactRange edge, NoteSigner signer, String origin, Instant now) {
    Checkpoint checkpoint = new Checkpoint(origin, edge.size(), edge.root());
    LedgerCheckpoint stored = new LedgerCheckpoint(checkpoint, checkpoint.sign(signer), now);
    em.persist(stored);
    return stored;
  }

  /** The extension line of a re-signed checkpoint: {@code timestamp <POSIX seconds>}. */
  public static final String TIMESTAMP_EXTENSION = "timestamp ";

  /**
   * Re-signs the newest checkpoint at the same size and root, with a {@code timestamp <seconds>}
   * extension line, so that an idle log still shows a fresh signature (Ed25519 is deterministic:
   * the same body would give the same bytes). Cosignatures of the replaced body no longer verify
   * and are dropped; witnesses cosign the fresh one. Does nothing if the newest checkpoint was
   * signed at or after {@code signedBefore} (a batch got there first).
   *
   * @return the re-signed checkpoint, or empty if none was due
   */
  public Optional<LedgerCheckpoint> resignNewest(
      NoteSigner signer, String origin, Instant now, Instant signedBefore) {
    Optional<LedgerCheckpoint> newest = latestCheckpoint();
    if (newest.isEmpty() || !newest.get().createdAt().isBefore(signedBefore)) {
      return Optional.empty();
    }
    LedgerCheckpoint stored = newest.get();
    Checkpoint fresh =
        new Checkpoint(
            origin,
            stored.treeSize(),
            stored.root(),
            List.of(TIMESTAMP_EXTENSION + now.getEpochSecond()));
    stored.resign(fresh, fresh.sign(signer), now);
    cosignatures(stored.treeSize()).forEach(em::remove);
    return Optional.of(stored);
  }

  public Optional<LedgerCheckpoint> latestCheckpoint() {
    return em.createNamedQuery(LedgerCheckpoint.NEWEST_FIRST, LedgerCheckpoint.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<LedgerCheckpoint> checkpoint(long size) {
    return Optional.ofNullable(em.find(LedgerCheckpoint.class, size));
  }

  /** Checkpoints oldest first. */
  public List<LedgerCheckpoint> checkpoints(int offset, int count) {
    return em.createNamedQuery(LedgerCheckpoint.OLDEST_FIRST, LedgerCheckpoint.class)
        .setFirstResult(offset)
        .setMaxResults(count)
        .getResultList();
  }

  public long checkpointCount() {
    return em.createNamedQuery(LedgerCheckpoint.COUNT, Long.class).getSingleResult();
  }

  public List<WitnessCosignature> cosignatures(long treeSize) {
    return em.createNamedQuery(WitnessCosignature.OF_CHECKPOINT, WitnessCosignature.class)
        .setParameter("treeSize", treeSize)
        .getResultList();
  }

  /**
   * Stores a (verified) cosignature, replacing an older one by the same witness of the same
   * checkpoint.
   */
  public WitnessCosignature addCosignature(long treeSize, Cosignature cosignature, Instant now) {
    String witnessKey = WitnessCosignature.keyOf(cosignature.toNoteSignature());
    Optional<WitnessCosignature> earlier =
        em.createNamedQuery(WitnessCosignature.BY_WITNESS, WitnessCosignature.class)
            .setParameter("treeSize", treeSize)
            .setParameter("witnessKey", witnessKey)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      earlier.get().replaceWith(cosignature, now);
      return earlier.get();
    }
    WitnessCosignature stored = new WitnessCosignature(treeSize, cosignature, now);
    em.persist(stored);
    return stored;
  }

  /** The checkpoint's note with the log's signature and every stored witness cosignature. */
  public SignedNote cosignedNote(LedgerCheckpoint checkpoint) {
    SignedNote note;
    try {
      note = SignedNote.parse(checkpoint.signedNote());
    } catch (InvalidNoteException e) {
      throw new IllegalStateException(
          "stored checkpoint " + checkpoint.treeSize() + " is malformed", e);
    }
    for (WitnessCosignature cosignature : cosignatures(checkpoint.treeSize())) {
      note = note.withSignature(cosignature.signature());
    }
    return note;
  }

  public Optional<LedgerEntry> entry(long index) {
    return Optional.ofNullable(em.find(LedgerEntry.class, index));
  }

  public List<LedgerEntry> entries(long start, int count) {
    return em.createNamedQuery(LedgerEntry.RANGE, LedgerEntry.class)
        .setParameter("start", start)
        .setParameter("end", start + count)
        .getResultList();
  }

  /** Requires 0 &lt;= index &lt; size &lt;= committed size. */
  public InclusionProof inclusionProof(long index, long size) {
    return new MerkleTree(new JpaLedgerNodes(em, size)).inclusionProof(index, size);
  }

  /** Requires 1 &lt;= old &lt;= size &lt;= committed size. */
  public ConsistencyProof consistencyProof(long oldSize, long size) {
    return new MerkleTree(new JpaLedgerNodes(em, size)).consistencyProof(oldSize, size);
  }

  /** The first entry below {@code size} whose leaf hash this is. */
  public OptionalLong indexOfLeaf(Hash leafHash, long size) {
    List<Long> candidates =
        em.createNamedQuery(LedgerEntry.WITH_LEAF_KEY, Long.class)
            .setParameter("leafKey", LedgerEntry.leafKeyOf(leafHash))
            .setParameter("size", size)
            .getResultList();
    JpaLedgerNodes nodes = new JpaLedgerNodes(em, size);
    // the key is a prefix: confirm the whole hash, as the tree holds it
    return candidates.stream()
        .filter(index -> nodes.hash(new Subtree(0, index)).equals(leafHash))
        .mapToLong(Long::longValue)
        .findFirst();
  }

  /**
   * Recomputes the whole log from the stored entries and compares every stored subtree hash and
   * every stored checkpoint (root and signature) with it.
   */
  public AuditReport audit(NoteVerifier logKey, String origin) {
    List<LedgerCheckpoint> stored = checkpoints(0, Integer.MAX_VALUE);
    List<Checkpoint> signed = new ArrayList<>();
    List<Divergence> badSignatures = new ArrayList<>();
    for (LedgerCheckpoint checkpoint : stored) {
      long lastEntry = Math.max(0, checkpoint.treeSize() - 1);
      try {
        SignedNote note = SignedNote.parse(checkpoint.signedNote());
        note.verify(List.of(logKey));
        Checkpoint parsed = Checkpoint.parse(note.text());
        if (parsed.size() != checkpoint.treeSize()
            || !parsed.root().equals(checkpoint.root())
            || !parsed.origin().equals(origin)) {
          badSignatures.add(
              new Divergence(
                  lastEntry,
                  "checkpoint row of size "
                      + checkpoint.treeSize()
                      + " does not match the note it stores"));
        }
        signed.add(parsed);
      } catch (InvalidNoteException e) {
        badSignatures.add(
            new Divergence(
                lastEntry,
                "checkpoint of size "
                    + checkpoint.treeSize()
                    + " has no valid log signature: "
                    + e.getMessage()));
      }
    }
    LogReplay replay = new LogReplay(signed);
    badSignatures.forEach(d -> replay.diverged(d.index(), d.finding()));
    long nodesChecked = 0;
    long committed = committedSize().orElse(0);
    for (long start = 0; start < committed; start += AUDIT_CHUNK) {
      int count = (int) Math.min(AUDIT_CHUNK, committed - start);
      List<LedgerEntry> entries = entries(start, count);
      List<SubtreeHash> recomputed = new ArrayList<>();
      long expected = start;
      for (LedgerEntry entry : entries) {
        if (entry.index() != expected) {
          replay.diverged(expected, "entry " + expected + " is missing");
          break;
        }
        recomputed.addAll(replay.replay(entry.index(), entry.leafData()));
        expected++;
      }
      if (expected != start + count) {
        if (entries.size() < count) {
          replay.diverged(expected, "entry " + expected + " is missing");
        }
        break;
      }
      nodesChecked += compareNodes(recomputed, replay);
      em.clear();
    }
    replay.finish();
    return new AuditReport(
        replay.size(),
        nodesChecked,
        replay.checkpointsChecked(),
        replay.root(),
        replay.firstDivergence());
  }

  private long compareNodes(List<SubtreeHash> recomputed, LogReplay replay) {
    for (int from = 0; from < recomputed.size(); from += IN_LIST_LIMIT) {
      List<SubtreeHash> part =
          recomputed.subList(from, Math.min(recomputed.size(), from + IN_LIST_LIMIT));
      List<Long> ids = part.stream().map(s -> LedgerNode.idOf(s.subtree())).toList();
      Map<Long, Hash> stored = new HashMap<>();
      for (LedgerNode node :
          em.createNamedQuery(LedgerNode.BY_IDS, LedgerNode.class)
              .setParameter("ids", ids)
              .getResultList()) {
        stored.put(node.id(), node.hash());
      }
      for (SubtreeHash expected : part) {
        Hash found = stored.get(LedgerNode.idOf(expected.subtree()));
        if (expected.hash().equals(found)) {
          continue;
        }
        long start = expected.subtree().start();
        long last = expected.subtree().end() - 1;
        String what =
            expected.subtree().level() == 0
                ? "entry " + start + ": its leaf hash is " + expected.hash().hex()
                : "subtree ["
                    + start
                    + ", "
                    + (last + 1)
                    + ") of level "
                    + expected.subtree().level()
                    + ": recomputed hash is "
                    + expected.hash().hex();
        replay.diverged(
            last, what + " but the stored hash is " + (found == null ? "missing" : found.hex()));
      }
    }
    return recomputed.size();
  }
}
