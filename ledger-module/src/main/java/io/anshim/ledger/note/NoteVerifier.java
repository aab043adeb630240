package io.anshim.ledger.note;

/**
 * Checks the signatures of one key. Signature lines are matched to a verifier by key name and key
 * ID; lines of other keys are ignored, as c2sp.org/signed-note requires.
 */
public interface NoteVerifier {

  String name();

  int keyId();

  /**
   * @param signature the signature bytes after the key ID
   */
  boolean verify(String text, byte[] signature);

  /** A verifier for a vkey of any supported type. */
  static NoteVerifier of(VerifierKey key) {
    return switch (key.type()) {
      case ED25519 -> new Ed25519NoteVerifier(key);
      case COSIGNATURE_V1 -> new CosignatureVerifier(key);
    };
  }

  static NoteVerifier parse(String vkey) throws InvalidNoteException {
    return of(VerifierKey.parse(vkey));
  }
}
