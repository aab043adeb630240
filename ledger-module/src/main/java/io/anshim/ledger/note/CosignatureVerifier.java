package io.anshim.ledger.note;

/** Verifies {@code cosignature/v1} witness cosignatures (type 0x04) of checkpoints. */
public final class CosignatureVerifier extends KeyedNoteVerifier {

  public CosignatureVerifier(VerifierKey key) {
    super(key, SignatureType.COSIGNATURE_V1, "a cosignature/v1");
  }

  @Override
  public boolean verify(String checkpointBody, byte[] signature) {
    VerifierKey key = key();
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
}
