package io.anshim.ledger.store;

import io.anshim.ledger.note.Cosignature;
import io.anshim.ledger.note.InvalidNoteException;
import io.anshim.ledger.note.NoteSignature;
import io.anshim.ledger.note.SignedNote;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A witness's cosignature of one stored checkpoint, verified against a configured witness key on
 * receipt.
 */
@Entity
@Table(name = "ledger_cosignature")
@NamedQuery(
    name = WitnessCosignature.OF_CHECKPOINT,
    query = "SELECT w FROM WitnessCosignature w WHERE w.treeSize = :treeSize ORDER BY w.witnessKey")
@NamedQuery(
    name = WitnessCosignature.BY_WITNESS,
    query =
        "SELECT w FROM WitnessCosignature w WHERE w.treeSize = :treeSize AND w.witnessKey = :witnessKey")
public class WitnessCosignature {

  public static final String OF_CHECKPOINT = "WitnessCosignature.ofCheckpoint";
  public static final String BY_WITNESS = "WitnessCosignature.byWitness";

  @Id
  @SequenceGenerator(
      name = "ledger_cosignature_seq",
      sequenceName = "ledger_cosignature_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_cosignature_seq")
  @Column(name = "id")
  private Long id;

  @Column(name = "tree_size", nullable = false)
  private long treeSize;

  /** name+keyid of the witness, as in its vkey. */
  @Column(name = "witness_key", length = 300, nullable = false)
  private String witnessKey;

  /** The note signature line, as the witness sent it. */
  @Column(name = "signature_line", length = 1000, nullable = false)
  private String signatureLine;

  @Column(name = "cosigned_at", nullable = false)
  private long cosignedAt;

  @Column(name = "received_at_ms", nullable = false)
  private long receivedAtMillis;

  protected WitnessCosignature() {}

  public WitnessCosignature(long treeSize, Cosignature cosignature, Instant receivedAt) {
    Objects.requireNonNull(cosignature, "cosignature");
    this.treeSize = treeSize;
    NoteSignature line = cosignature.toNoteSignature();
    this.witnessKey = keyOf(line);
    this.signatureLine = line.line().strip();
    this.cosignedAt = cosignature.timestamp();
    this.receivedAtMillis = receivedAt.toEpochMilli();
  }

  public static String keyOf(NoteSignature line) {
    return line.keyName() + "+" + line.keyIdHex();
  }

  /** Replaces an older cosignature by the same witness of the same checkpoint. */
  public void replaceWith(Cosignature newer, Instant receivedAt) {
    NoteSignature line = newer.toNoteSignature();
    this.signatureLine = line.line().strip();
    this.cosignedAt = newer.timestamp();
    this.receivedAtMillis = receivedAt.toEpochMilli();
  }

  public long treeSize() {
    return treeSize;
  }

  public String witnessKey() {
    return witnessKey;
  }

  public long cosignedAt() {
    return cosignedAt;
  }

  /**
   * The signature line, read back through a one-line note so it is parsed exactly as a client
   * would.
   */
  public NoteSignature signature() {
    try {
      return SignedNote.parse("x\n\n" + signatureLine + "\n").signatures().get(0);
    } catch (InvalidNoteException e) {
      throw new IllegalStateException("stored cosignature line is malformed: " + signatureLine, e);
    }
  }
}
