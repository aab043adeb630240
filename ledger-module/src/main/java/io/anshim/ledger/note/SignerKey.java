package io.anshim.ledger.note;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A private Ed25519 key in the signed-note "skey" text form: {@code PRIVATE+KEY+<name>+<hex8 key
 * ID>+<base64(type || 32-byte seed)>}.
 */
public final class SignerKey {

  private static final String PREFIX = "PRIVATE+KEY+";

  private final byte[] seed;
  private final VerifierKey verifierKey;

  public SignerKey(String name, SignatureType type, byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length != Ed25519.KEY_SIZE) {
      throw new IllegalArgumentException("an Ed25519 seed is 32 bytes, got " + seed.length);
    }
    this.seed = seed.clone();
    this.verifierKey = new VerifierKey(name, type, Ed25519.publicKeyOf(seed));
  }

  /** A fresh key pair. */
  public static SignerKey generate(String name, SignatureType type, SecureRandom random) {
    Objects.requireNonNull(random, "random");
    return new SignerKey(name, type, Ed25519.newSeed(random));
  }

  /** Parses an skey, checking that its key ID matches the key derived from the seed. */
  public static SignerKey parse(String skey) throws InvalidNoteException {
    Objects.requireNonNull(skey, "skey");
    String trimmed = skey.strip();
    if (!trimmed.startsWith(PREFIX)) {
      throw new InvalidNoteException(
          "malformed signer key: expected PRIVATE+KEY+<name>+<hex8>+<base64>");
    }
    String[] parts = trimmed.substring(PREFIX.length()).split("\\+", 3);
    if (parts.length != 3 || !NoteText.isValidKeyName(parts[0])) {
      throw new InvalidNoteException(
          "malformed signer key: expected PRIVATE+KEY+<name>+<hex8>+<base64>");
    }
    int declaredId = VerifierKey.parseKeyId(parts[1]);
    byte[] material = NoteText.decodeBase64(parts[2], "signer key");
    if (material.length != 1 + Ed25519.KEY_SIZE) {
      throw new InvalidNoteException("signer key must hold a type byte and a 32-byte Ed25519 seed");
    }
    SignerKey key =
        new SignerKey(
            parts[0],
            SignatureType.of(material[0]),
            Arrays.copyOfRange(material, 1, material.length));
    if (key.keyId() != declaredId) {
      throw new InvalidNoteException("signer key ID " + parts[1] + " does not match its key");
    }
    return key;
  }

  public String name() {
    return verifierKey.name();
  }

  public SignatureType type() {
    return verifierKey.type();
  }

  public int keyId() {
    return verifierKey.keyId();
  }

  public VerifierKey verifierKey() {
    return verifierKey;
  }

  /** The skey text. Secret: store it like a password. */
  public String encoded() {
    byte[] material = new byte[1 + seed.length];
    material[0] = type().id();
    System.arraycopy(seed, 0, material, 1, seed.length);
    return PREFIX
        + name()
        + "+"
        + verifierKey.keyIdHex()
        + "+"
        + Base64.getEncoder().encodeToString(material);
  }

  byte[] sign(byte[] message) {
    return Ed25519.sign(seed, message);
  }

  /** Never prints the seed. */
  @Override
  public String toString() {
    return "SignerKey[" + name() + "+" + verifierKey.keyIdHex() + "]";
  }
}
