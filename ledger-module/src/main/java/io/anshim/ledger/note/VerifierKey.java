package io.anshim.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A public key in the signed-note "vkey" text form: {@code <name>+<hex8 key ID>+<base64(type ||
 * key)>}.
 */
public final class VerifierKey {

  private final String name;
  private final SignatureType type;
  private final byte[] publicKey;
  private final int keyId;

  public VerifierKey(String name, SignatureType type, byte[] publicKey) {
    this.name = NoteText.requireKeyName(name);
    this.type = Objects.requireNonNull(type, "type");
    Objects.requireNonNull(publicKey, "publicKey");
    if (publicKey.length != Ed25519.KEY_SIZE) {
      throw new IllegalArgumentException(
          "an Ed25519 public key is 32 bytes, got " + publicKey.length);
    }
    this.publicKey = publicKey.clone();
    this.keyId = keyIdOf(name, type, publicKey);
  }

  /** Parses a vkey, checking that its key ID matches the name, type and key. */
  public static VerifierKey parse(String vkey) throws InvalidNoteException {
    Objects.requireNonNull(vkey, "vkey");
    String[] parts = vkey.strip().split("\\+", 3);
    if (parts.length != 3 || !NoteText.isValidKeyName(parts[0])) {
      throw new InvalidNoteException("malformed verifier key: expected <name>+<hex8>+<base64>");
    }
    int declaredId = parseKeyId(parts[1]);
    byte[] material = NoteText.decodeBase64(parts[2], "verifier key");
    if (material.length != 1 + Ed25519.KEY_SIZE) {
      throw new InvalidNoteException(
          "verifier key must hold a type byte and a 32-byte Ed25519 key");
    }
    VerifierKey key =
        new VerifierKey(
            parts[0],
            SignatureType.of(material[0]),
            Arrays.copyOfRange(material, 1, material.length));
    if (key.keyId != declaredId) {
      throw new InvalidNoteException("verifier key ID " + parts[1] + " does not match its key");
    }
    return key;
  }

  /** keyID = SHA-256(name || 0x0A || type || public key)[:4], big-endian. */
  public static int keyIdOf(String name, SignatureType type, byte[] publicKey) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(type.id());
      sha.update(publicKey);
      return ByteBuffer.wrap(sha.digest()).getInt();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  static int parseKeyId(String hex8) throws InvalidNoteException {
    if (hex8.length() != 8 || !hex8.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new InvalidNoteException("key ID must be 8 hex digits, got '" + hex8 + "'");
    }
    return Integer.parseUnsignedInt(hex8, 16);
  }

  public String name() {
    return name;
  }

  public SignatureType type() {
    return type;
  }

  public int keyId() {
    return keyId;
  }

  public String keyIdHex() {
    return String.format("%08x", keyId);
  }

  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The vkey text. */
  public String encoded() {
    byte[] material = new byte[1 + publicKey.length];
    material[0] = type.id();
    System.arraycopy(publicKey, 0, material, 1, publicKey.length);
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(material);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifierKey other
        && name.equals(other.name)
        && type == other.type
        && Arrays.equals(publicKey, other.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, Arrays.hashCode(publicKey));
  }

  @Override
  public String toString() {
    return encoded();
  }
}
