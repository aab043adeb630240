package io.anshim.ledger.note;

import java.util.Objects;

/** Verifies {@code cosignature/v1} witness cosignatures (type 0x04) of checkpoints. */
public final class CosignatureVerifier implements NoteVerifier {

  private final VerifierKey key;

  public CosignatureVerifier(VerifierKey key) {
    this.key = Objects.requireNonNull(key, "key");
    if (key.type() != SignatureType.COSIGNATURE_V1) {
      throw new IllegalArgumentException("not a cosignature/v1 key: " + key.type());
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
  public boolean verify(String checkpointBody, byte[] signature) {
    Cosignature cosignature;
    try {
      cosignature = Cosignature.from(new NoteSignature(key.name(), key.keyId(), signature));
    } catch (InvalidNoteException | IllegalArgumentException e) {
      return false;
    }
    return Ed25519.verify(
        key.publicKey(),
        Cosignature.signedMessage(cosignature.timestamp(), checkpointBody),
        cosignature.signature());
  }

  @Override
  public String toString() {
    return key.toString();
  }
}
