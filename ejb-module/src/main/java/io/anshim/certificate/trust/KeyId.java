package io.anshim.certificate.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** A DSC's key id: the first 8 bytes of SHA-256 over the DER certificate, as the DCC spec says. */
public final class KeyId {

  public static final int LENGTH = 8;

  private final byte[] bytes;

  public KeyId(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0 || bytes.length > 64) {
      throw new IllegalArgumentException("a key id has 1 to 64 bytes, not " + bytes.length);
    }
    this.bytes = bytes.clone();
  }

  public static KeyId ofCertificate(byte[] der) {
    Objects.requireNonNull(der, "der");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(der);
      return new KeyId(Arrays.copyOf(hash, LENGTH));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public static KeyId parseBase64(String text) {
    Objects.requireNonNull(text, "text");
    return new KeyId(Base64.getDecoder().decode(text.strip()));
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyId that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return base64();
  }
}
