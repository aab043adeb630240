package io.anshim.ledger.note;

/** The signature type identifier bytes of C2SP signed-note that this ledger uses. */
public enum SignatureType {

  /** Plain Ed25519 over the note text; used by the log for its checkpoints. */
  ED25519((byte) 0x01),

  /** Timestamped Ed25519 witness cosignature, c2sp.org/tlog-cosignature {@code cosignature/v1}. */
  COSIGNATURE_V1((byte) 0x04);

  private final byte id;

  SignatureType(byte id) {
    this.id = id;
  }

  public byte id() {
    return id;
  }

  public static SignatureType of(byte id) throws InvalidNoteException {
    for (SignatureType type : values()) {
      if (type.id == id) {
        return type;
      }
    }
    throw new InvalidNoteException(String.format("unsupported signature type 0x%02x", id));
  }
}
