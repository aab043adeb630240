package io.anshim.ledger.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** Raw 32-byte Ed25519 keys (RFC 8032) on top of the JDK's DER-encoded key objects. */
final class Ed25519 {

  static final int KEY_SIZE = 32;
  static final int SIGNATURE_SIZE = 64;

  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] PKCS8_PREFIX =
      HexFormat.of().parseHex("302e020100300506032b657004220420");

  private Ed25519() {}

  static byte[] newSeed(SecureRandom random) {
    byte[] seed = new byte[KEY_SIZE];
    random.nextBytes(seed);
    return seed;
  }

  static byte[] publicKeyOf(byte[] seed) {
    requireKeySize(seed);
    try {
      // The JDK does not expose seed -> public key directly, but its generator draws exactly the
      // 32-byte seed from the random source it is given.
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
      byte[] spki = generator.generateKeyPair().getPublic().getEncoded();
      return Arrays.copyOfRange(spki, spki.length - KEY_SIZE, spki.length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is unavailable", e);
    }
  }

  static byte[] sign(byte[] seed, byte[] message) {
    requireKeySize(seed);
    try {
      PrivateKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /**
   * False for a wrong signature, a malformed signature or a public key that is not a curve point.
   */
  static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    requireKeySize(publicKey);
    if (signature.length != SIGNATURE_SIZE) {
      return false;
    }
    try {
      PublicKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, publicKey)));
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static void requireKeySize(byte[] key) {
    if (key == null || key.length != KEY_SIZE) {
      throw new IllegalArgumentException("an Ed25519 key is " + KEY_SIZE + " bytes");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A "random" source that hands out one given seed. */
  private static final class FixedBytes extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    FixedBytes(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
      if (out.length != bytes.length) {
        throw new IllegalStateException("expected a request for " + bytes.length + " bytes");
      }
      System.arraycopy(bytes, 0, out, 0, out.length);
    }
  }
}
