package io.anshim.ledger.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** One signature line of a signed note: {@code — <key name> base64(key ID || signature)}. */
public final class NoteSignature {

  static final String LINE_PREFIX = "\u2014 ";

  private final String keyName;
  private final int keyId;
  private final byte[] signature;

  /**
   * @param signature the signature bytes after the 4-byte key ID; at least one byte
   */
  public NoteSignature(String keyName, int keyId, byte[] signature) {
    this.keyName = NoteText.requireKeyName(keyName);
    this.keyId = keyId;
    Objects.requireNonNull(signature, "signature");
    if (signature.length == 0) {
      throw new IllegalArgumentException("signature must not be empty");
    }
    this.signature = signature.clone();
  }

  /** Parses one line without its final newline. */
  static NoteSignature parseLine(String line) throws InvalidNoteException {
    if (!line.startsWith(LINE_PREFIX)) {
      throw new InvalidNoteException("signature line does not start with an em dash and a space");
    }
    String rest = line.substring(LINE_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw new InvalidNoteException("signature line has no space between key name and signature");
    }
    String name = rest.substring(0, space);
    if (!NoteText.isValidKeyName(name)) {
      throw new InvalidNoteException("signature line has an invalid key name");
    }
    byte[] decoded = NoteText.decodeBase64(rest.substring(space + 1), "signature of " + name);
    if (decoded.length < 5) {
      throw new InvalidNoteException(
          "signature of " + name + " is shorter than a key ID and one byte");
    }
    return new NoteSignature(
        name, ByteBuffer.wrap(decoded).getInt(), Arrays.copyOfRange(decoded, 4, decoded.length));
  }

  public String keyName() {
    return keyName;
  }

  public int keyId() {
    return keyId;
  }

  public String keyIdHex() {
    return String.format("%08x", keyId);
  }

  /** The signature bytes after the key ID. */
  public byte[] signature() {
    return signature.clone();
  }

  /** Whether this line claims to be by the given key (same name and key ID). */
  public boolean isBy(NoteVerifier verifier) {
    return keyName.equals(verifier.name()) && keyId == verifier.keyId();
  }

  /** The line, with its final newline. */
  public String line() {
    byte[] payload = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
    return LINE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(payload) + "\n";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteSignature other
        && keyName.equals(other.keyName)
        && keyId == other.keyId
        && Arrays.equals(signature, other.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, keyId, Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return line().strip();
  }
}
