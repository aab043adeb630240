package io.anshim.ledger.store;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.SignedNote;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A tree head the log signed, kept for good: clients compare what they saw with this history. One
 * per tree size; the largest size is the committed size of the log.
 */
@Entity
@Table(name = "ledger_checkpoint")
@NamedQuery(
    name = LedgerCheckpoint.COMMITTED_SIZE,
    query = "SELECT MAX(c.treeSize) FROM LedgerCheckpoint c")
@NamedQuery(
    name = LedgerCheckpoint.NEWEST_FIRST,
    query = "SELECT c FROM LedgerCheckpoint c ORDER BY c.treeSize DESC")
@NamedQuery(
    name = LedgerCheckpoint.OLDEST_FIRST,
    query = "SELECT c FROM LedgerCheckpoint c ORDER BY c.treeSize")
@NamedQuery(name = LedgerCheckpoint.COUNT, query = "SELECT COUNT(c) FROM LedgerCheckpoint c")
public class LedgerCheckpoint {

  public static final String COMMITTED_SIZE = "LedgerCheckpoint.committedSize";
  public static final String NEWEST_FIRST = "LedgerCheckpoint.newestFirst";
  public static final String OLDEST_FIRST = "LedgerCheckpoint.oldestFirst";
  public static final String COUNT = "LedgerCheckpoint.count";

  @Id
  @Column(name = "tree_size")
  private long treeSize;

  @Column(name = "root_hash", length = 64, nullable = false)
  private String rootHash;

  /** Exactly the bytes that were signed, with the log's signature line. */
  @Column(name = "signed_note", length = 4000, nullable = false)
  private String signedNote;

  @Column(name = "created_at_ms", nullable = false)
  private long createdAtMillis;

  protected LedgerCheckpoint() {}

  public LedgerCheckpoint(Checkpoint checkpoint, SignedNote note, Instant createdAt) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(note, "note");
    if (!note.text().equals(checkpoint.body())) {
      throw new IllegalArgumentException("the note does not sign this checkpoint");
    }
    this.treeSize = checkpoint.size();
    this.rootHash = checkpoint.root().hex();
    this.signedNote = note.text() + "\n" + note.signatures().get(0).line();
    this.createdAtMillis = createdAt.toEpochMilli();
  }

  public long treeSize() {
    return treeSize;
  }

  public Hash root() {
    return Hash.fromHex(rootHash);
  }

  /** The signed note text as stored: checkpoint body, blank line, the log's signature line. */
  public String signedNote() {
    return signedNote;
  }

  /** The checkpoint body, the part that every signature covers. */
  public String body() {
    return signedNote.substring(0, signedNote.lastIndexOf("\n\n") + 1);
  }

  /** When the log last signed this tree head (re-signing an idle log moves it). */
  public Instant createdAt() {
    return Instant.ofEpochMilli(createdAtMillis);
  }

  /**
   * Replaces the signed note of this same tree head with a freshly signed one (an idle log's
   * re-signing, whose body differs only in its timestamp extension line).
   */
  void resign(Checkpoint checkpoint, SignedNote note, Instant signedAt) {
    if (checkpoint.size() != treeSize || !checkpoint.root().hex().equals(rootHash)) {
      throw new IllegalArgumentException("a re-signed checkpoint must keep its size and root");
    }
    if (!note.text().equals(checkpoint.body())) {
      throw new IllegalArgumentException("the note does not sign this checkpoint");
    }
    this.signedNote = note.text() + "\n" + note.signatures().get(0).line();
    this.createdAtMillis = signedAt.toEpochMilli();
  }
}
