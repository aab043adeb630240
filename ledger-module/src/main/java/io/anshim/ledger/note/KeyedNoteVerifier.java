package io.anshim.ledger.note;

import java.util.Objects;

/** What every verifier of one vkey shares: the key, its name and ID, checked for its type. */
abstract class KeyedNoteVerifier implements NoteVerifier {

  private final VerifierKey key;

  KeyedNoteVerifier(VerifierKey key, SignatureType type, String whatItVerifies) {
    this.key = Objects.requireNonNull(key, "key");
    if (key.type() != type) {
      throw new IllegalArgumentException("not " + whatItVerifies + " key: " + key.type());
    }
  }

  public VerifierKey key() {
    return key;
  }

  @Override
  public String name() {
    return key.name();
  }

  @Override
  public int keyId() {
    return key.keyId();
  }

  @Override
  public String toString() {
    return key.toString();
  }
}
