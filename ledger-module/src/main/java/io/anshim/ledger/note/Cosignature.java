package io.anshim.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A witness cosignature, c2sp.org/tlog-cosignature {@code cosignature/v1}: the witness states that,
 * at {@code timestamp} (POSIX seconds), this checkpoint was the largest consistent one it had seen.
 * On the wire it is a note signature whose bytes are u64 big-endian timestamp || Ed25519 signature.
 */
public final class Cosignature {

  private static final int SIZE = 8 + Ed25519.SIGNATURE_SIZE;

  private final String witnessName;
  private final int keyId;
  private final long timestamp;
  private final byte[] signature;

  public Cosignature(String witnessName, int keyId, long timestamp, byte[] signature) {
    this.witnessName = NoteText.requireKeyName(witnessName);
    this.keyId = keyId;
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must be in [0, 2^63-1], got " + timestamp);
    }
    this.timestamp = timestamp;
    Objects.requireNonNull(signature, "signature");
    if (signature.length != Ed25519.SIGNATURE_SIZE) {
      throw new IllegalArgumentException(
          "an Ed25519 signature is 64 bytes, got " + signature.length);
    }
    this.signature = signature.clone();
  }

  /** Reads a note signature line as a cosignature (without verifying it). */
  public static Cosignature from(NoteSignature line) throws InvalidNoteException {
    byte[] bytes = line.signature();
    if (bytes.length != SIZE) {
      throw new InvalidNoteException(
          "cosignature by " + line.keyName() + " is " + bytes.length + " bytes, expected " + SIZE);
    }
    long timestamp = ByteBuffer.wrap(bytes).getLong();
    if (timestamp < 0) {
      throw new InvalidNoteException(
          "cosignature by " + line.keyName() + " has a timestamp above 2^63-1");
    }
    return new Cosignature(
        line.keyName(), line.keyId(), timestamp, Arrays.copyOfRange(bytes, 8, SIZE));
  }

  /** The bytes the witness signs: "cosignature/v1\ntime <ts>\n" followed by the checkpoint body. */
  public static byte[] signedMessage(long timestamp, String checkpointBody) {
    return ("cosignature/v1\ntime " + timestamp + "\n" + checkpointBody)
        .getBytes(StandardCharsets.UTF_8);
  }

  public String witnessName() {
    return witnessName;
  }

  public int keyId() {
    return keyId;
  }

  public long timestamp() {
    return timestamp;
  }

  public byte[] signature() {
    return signature.clone();
  }

  public NoteSignature toNoteSignature() {
    byte[] bytes = ByteBuffer.allocate(SIZE).putLong(timestamp).put(signature).array();
    return new NoteSignature(witnessName, keyId, bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cosignature other
        && witnessName.equals(other.witnessName)
        && keyId == other.keyId
        && timestamp == other.timestamp
        && Arrays.equals(signature, other.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(witnessName, keyId, timestamp, Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return toNoteSignature().toString();
  }
}
