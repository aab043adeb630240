package io.anshim.ledger.note;

import java.nio.charset.StandardCharsets;

/** Verifies plain Ed25519 note signatures (type 0x01) over the note text. */
public final class Ed25519NoteVerifier extends KeyedNoteVerifier {

  public Ed25519NoteVerifier(VerifierKey key) {
    super(key, SignatureType.ED25519, "an Ed25519 note");
  }

  @Override
  public boolean verify(String text, byte[] signature) {
    return Ed25519.verify(key().publicKey(), text.getBytes(StandardCharsets.UTF_8), signature);
  }
}
