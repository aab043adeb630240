package io.anshim.ledger.note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "At least k of these n witnesses cosigned": protects clients from a log showing them a split
 * view. A cosignature line by a configured witness that does not verify rejects the note outright.
 */
public final class WitnessPolicy {

  private final int threshold;
  private final List<NoteVerifier> witnesses;

  public WitnessPolicy(int threshold, List<? extends NoteVerifier> witnesses) {
    Objects.requireNonNull(witnesses, "witnesses");
    if (threshold < 1 || threshold > witnesses.size()) {
      throw new IllegalArgumentException(
          "threshold must be in [1, " + witnesses.size() + "], got " + threshold);
    }
    Set<String> keys = new HashSet<>();
    for (NoteVerifier witness : witnesses) {
      if (!keys.add(witness.name() + "+" + witness.keyId())) {
        throw new IllegalArgumentException("witness " + witness.name() + " is configured twice");
      }
    }
    this.threshold = threshold;
    this.witnesses = List.copyOf(witnesses);
  }

  /** From witness vkeys (normally cosignature/v1, type 0x04). */
  public static WitnessPolicy of(int threshold, List<String> witnessVkeys)
      throws InvalidNoteException {
    Objects.requireNonNull(witnessVkeys, "witnessVkeys");
    List<NoteVerifier> verifiers = new ArrayList<>();
    for (String vkey : witnessVkeys) {
      verifiers.add(NoteVerifier.parse(vkey));
    }
    return new WitnessPolicy(threshold, verifiers);
  }

  public int threshold() {
    return threshold;
  }

  public List<NoteVerifier> witnesses() {
    return witnesses;
  }

  /**
   * Returns the verified witness signatures (one per witness) if at least {@link #threshold}
   * cosigned.
   */
  public List<NoteSignature> check(SignedNote note) throws InvalidNoteException {
    Objects.requireNonNull(note, "note");
    List<NoteSignature> cosigned = note.verifyKnown(witnesses);
    if (cosigned.size() < threshold) {
      throw new InvalidNoteException(
          "checkpoint has "
              + cosigned.size()
              + " of the "
              + threshold
              + " witness cosignatures required (of "
              + witnesses.size()
              + " witnesses)");
    }
    return cosigned;
  }

  public boolean isSatisfiedBy(SignedNote note) {
    try {
      check(note);
      return true;
    } catch (InvalidNoteException e) {
      return false;
    }
  }
}
