package io.anshim.ledger.note;

import java.util.Objects;

/** A witness's cosigning key (type 0x04): cosigns checkpoint bodies with a timestamp. */
public final class WitnessSigner {

  private final SignerKey key;

  public WitnessSigner(SignerKey key) {
    this.key = Objects.requireNonNull(key, "key");
    if (key.type() != SignatureType.COSIGNATURE_V1) {
      throw new IllegalArgumentException("not a cosignature/v1 key: " + key.type());
    }
  }

  public static WitnessSigner parse(String skey) throws InvalidNoteException {
    return new WitnessSigner(SignerKey.parse(skey));
  }

  public VerifierKey verifierKey() {
    return key.verifierKey();
  }

  /**
   * @param timestamp POSIX seconds, in [0, 2^63-1]
   */
  public Cosignature cosign(Checkpoint checkpoint, long timestamp) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must not be negative: " + timestamp);
    }
    byte[] signature = key.sign(Cosignature.signedMessage(timestamp, checkpoint.body()));
    return new Cosignature(key.name(), key.keyId(), timestamp, signature);
  }
}
