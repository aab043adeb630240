package io.anshim.ledger.note;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Verifies plain Ed25519 note signatures (type 0x01) over the note text. */
public final class Ed25519NoteVerifier implements NoteVerifier {

  private final VerifierKey key;

  public Ed25519NoteVerifier(VerifierKey key) {
    this.key = Objects.requireNonNull(key, "key");
    if (key.type() != SignatureType.ED25519) {
      throw new IllegalArgumentException("not an Ed25519 note key: " + key.type());
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
  public boolean verify(String text, byte[] signature) {
    return Ed25519.verify(key.publicKey(), text.getBytes(StandardCharsets.UTF_8), signature);
  }

  @Override
  public String toString() {
    return key.toString();
  }
}
