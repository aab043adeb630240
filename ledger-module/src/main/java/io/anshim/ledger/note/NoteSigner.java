package io.anshim.ledger.note;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Signs note texts with an Ed25519 (type 0x01) key, such as the log's checkpoint key. */
public final class NoteSigner {

  private final SignerKey key;

  public NoteSigner(SignerKey key) {
    this.key = Objects.requireNonNull(key, "key");
    if (key.type() != SignatureType.ED25519) {
      throw new IllegalArgumentException("not an Ed25519 note key: " + key.type());
    }
  }

  public static NoteSigner parse(String skey) throws InvalidNoteException {
    return new NoteSigner(SignerKey.parse(skey));
  }

  public VerifierKey verifierKey() {
    return key.verifierKey();
  }

  /** The signature line for a note text (which must end in a newline). */
  public NoteSignature sign(String text) {
    SignedNote.requireValidText(text);
    return new NoteSignature(
        key.name(), key.keyId(), key.sign(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The text signed by this key alone. */
  public SignedNote signNote(String text) {
    return new SignedNote(text, List.of(sign(text)));
  }
}
