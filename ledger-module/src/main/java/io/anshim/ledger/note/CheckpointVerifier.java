package io.anshim.ledger.note;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client trusts about one log: its origin, its checkpoint key and optionally a witness
 * policy. Turns a signed checkpoint received from anywhere into a {@link Checkpoint} it may rely
 * on.
 */
public final class CheckpointVerifier {

  private final String origin;
  private final NoteVerifier logKey;
  private final WitnessPolicy witnessPolicy;

  public CheckpointVerifier(String origin, NoteVerifier logKey, WitnessPolicy witnessPolicy) {
    this.origin = Objects.requireNonNull(origin, "origin");
    if (origin.isEmpty()) {
      throw new IllegalArgumentException("origin must not be empty");
    }
    this.logKey = Objects.requireNonNull(logKey, "logKey");
    this.witnessPolicy = witnessPolicy;
  }

  /** Without witnesses: the log's signature alone. */
  public CheckpointVerifier(String origin, NoteVerifier logKey) {
    this(origin, logKey, null);
  }

  public Optional<WitnessPolicy> witnessPolicy() {
    return Optional.ofNullable(witnessPolicy);
  }

  public Checkpoint verify(String signedCheckpoint) throws InvalidNoteException {
    return verify(SignedNote.parse(signedCheckpoint));
  }

  public Checkpoint verify(SignedNote note) throws InvalidNoteException {
    Objects.requireNonNull(note, "note");
    note.verify(List.of(logKey));
    Checkpoint checkpoint = Checkpoint.parse(note.text());
    if (!checkpoint.origin().equals(origin)) {
      throw new InvalidNoteException(
          "checkpoint origin '" + checkpoint.origin() + "' is not '" + origin + "'");
    }
    if (witnessPolicy != null) {
      witnessPolicy.check(note);
    }
    return checkpoint;
  }
}
