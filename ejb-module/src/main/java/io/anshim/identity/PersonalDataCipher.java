package io.anshim.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashing (HMAC-SHA-256) and sealing (AES-256-GCM) of personal data. A sealed value is {@code
 * v1:<base64 of IV and cipher text with tag>}; the field's name is bound in as associated data, so
 * a sealed name cannot be passed off as a sealed mobile number.
 */
public final class PersonalDataCipher {

  private static final String VERSION = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec hashKey;
  private final SecretKeySpec sealKey;
  private final SecureRandom random = new SecureRandom();

  public PersonalDataCipher(byte[] hashKey, byte[] sealKey) {
    if (Objects.requireNonNull(hashKey).length != 32
        || Objects.requireNonNull(sealKey).length != 32) {
      throw new IllegalArgumentException("both keys are 256 bits");
    }
    this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
    this.sealKey = new SecretKeySpec(sealKey, "AES");
  }

  /** HMAC-SHA-256 of {@code purpose} and {@code value}, hex; equal inputs give equal hashes. */
  public String hash(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      mac.update(purpose.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares a value with a stored hash in constant time. */
  public boolean matches(String purpose, String value, String expectedHash) {
    return MessageDigest.isEqual(
        hash(purpose, value).getBytes(StandardCharsets.US_ASCII),
        expectedHash.getBytes(StandardCharsets.US_ASCII));
  }

  public String seal(String field, String clear) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
      return VERSION
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String open(String field, String sealed) {
    if (!sealed.startsWith(VERSION)) {
      throw new IllegalArgumentException("unknown sealing version");
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
      return new String(
          cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealed " + field + " does not open with this key", e);
    }
  }
}
