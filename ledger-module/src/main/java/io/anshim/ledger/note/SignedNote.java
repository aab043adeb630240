package io.anshim.ledger.note;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, and one or more signature lines.
 * Parsing checks the format only; {@link #verify} checks signatures against trusted keys.
 */
public final class SignedNote {

  /** c2sp.org/signed-note asks verifiers to cap signatures and to accept at least 16. */
  public static final int MAX_SIGNATURES = 100;

  private final String text;
  private final List<NoteSignature> signatures;

  public SignedNote(String text, List<NoteSignature> signatures) {
    requireValidText(text);
    Objects.requireNonNull(signatures, "signatures");
    if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException(
          "a note has 1 to " + MAX_SIGNATURES + " signatures, got " + signatures.size());
    }
    this.text = text;
    this.signatures = List.copyOf(signatures);
  }

  public static SignedNote parse(byte[] utf8) throws InvalidNoteException {
    return parse(NoteText.decode(Objects.requireNonNull(utf8, "utf8")));
  }

  public static SignedNote parse(String message) throws InvalidNoteException {
    Objects.requireNonNull(message, "message");
    NoteText.requireValid(message, "note");
    int split = message.lastIndexOf("\n\n");
    if (split < 0) {
      throw new InvalidNoteException("note has no blank line before its signatures");
    }
    String text = message.substring(0, split + 1);
    String block = message.substring(split + 2);
    if (block.isEmpty() || !block.endsWith("\n")) {
      throw new InvalidNoteException("note must end with newline-terminated signature lines");
    }
    List<NoteSignature> signatures = new ArrayList<>();
    int start = 0;
    while (start < block.length()) {
      int end = block.indexOf('\n', start);
      if (signatures.size() == MAX_SIGNATURES) {
        throw new InvalidNoteException("note has more than " + MAX_SIGNATURES + " signatures");
      }
      signatures.add(NoteSignature.parseLine(block.substring(start, end)));
      start = end + 1;
    }
    return new SignedNote(text, signatures);
  }

  static void requireValidText(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.endsWith("\n")) {
      throw new IllegalArgumentException("note text must end with a newline");
    }
    try {
      NoteText.requireValid(text, "note text");
    } catch (InvalidNoteException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  public String text() {
    return text;
  }

  public List<NoteSignature> signatures() {
    return signatures;
  }

  /** This note with one more signature line, replacing an earlier line by the same key. */
  public SignedNote withSignature(NoteSignature signature) {
    Objects.requireNonNull(signature, "signature");
    List<NoteSignature> all = new ArrayList<>();
    for (NoteSignature existing : signatures) {
      if (!(existing.keyName().equals(signature.keyName())
          && existing.keyId() == signature.keyId())) {
        all.add(existing);
      }
    }
    all.add(signature);
    return new SignedNote(text, all);
  }

  /**
   * Verifies the note against trusted keys and returns the signatures that verified (one per key).
   * Lines from unknown keys are ignored; a line from a trusted key that fails rejects the whole
   * note; a note with no verified signature is rejected.
   */
  public List<NoteSignature> verify(Collection<? extends NoteVerifier> trusted)
      throws InvalidNoteException {
    List<NoteSignature> verified = verifyKnown(trusted);
    if (verified.isEmpty()) {
      throw new InvalidNoteException("note has no signature by a trusted key");
    }
    return verified;
  }

  /** Like {@link #verify} but an empty result is not an error (used for counting witnesses). */
  List<NoteSignature> verifyKnown(Collection<? extends NoteVerifier> trusted)
      throws InvalidNoteException {
    requireUnambiguous(trusted);
    List<NoteSignature> verified = new ArrayList<>();
    Set<NoteVerifier> done = new HashSet<>();
    for (NoteSignature signature : signatures) {
      for (NoteVerifier verifier : trusted) {
        if (!signature.isBy(verifier)) {
          continue;
        }
        if (!verifier.verify(text, signature.signature())) {
          throw new InvalidNoteException(
              "signature by " + verifier.name() + "+" + signature.keyIdHex() + " does not verify");
        }
        if (done.add(verifier)) {
          verified.add(signature);
        }
      }
    }
    return verified;
  }

  private static void requireUnambiguous(Collection<? extends NoteVerifier> trusted) {
    Objects.requireNonNull(trusted, "trusted");
    Set<String> ids = new HashSet<>();
    for (NoteVerifier verifier : trusted) {
      if (!ids.add(verifier.name() + "+" + verifier.keyId())) {
        throw new IllegalArgumentException(
            "two trusted keys share name and key ID: " + verifier.name());
      }
    }
  }

  /** The note as transmitted. */
  public String format() {
    StringBuilder out = new StringBuilder(text).append('\n');
    signatures.forEach(signature -> out.append(signature.line()));
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedNote other
        && text.equals(other.text)
        && signatures.equals(other.signatures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, signatures);
  }

  @Override
  public String toString() {
    return format();
  }
}
