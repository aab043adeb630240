package io.anshim.waitingroom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes admission tokens as {@code payload.signature} (both base64url), signed with HMAC-SHA-256
 * under a server key, and checks presented ones against the person, the session and the clock.
 * Stateless, so any node of a cluster that shares the key can check a token.
 */
public final class AdmissionSigner {

  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public AdmissionSigner(byte[] secret) {
    if (secret == null || secret.length < 32) {
      throw new IllegalArgumentException("the admission key has at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), HMAC);
  }

  public String sign(AdmissionToken token) {
    String payload =
        token.citizenId()
            + "."
            + token.sessionId()
            + "."
            + token.issuedAt().toEpochMilli()
            + "."
            + token.expiresAt().toEpochMilli();
    String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + ENCODER.encodeToString(mac(encoded));
  }

  /** Checks a presented token for this person and session at {@code now}. */
  public AdmissionCheck check(String presented, long citizenId, String sessionId, Instant now) {
    if (presented == null || presented.isBlank()) {
      return AdmissionCheck.MISSING;
    }
    AdmissionToken token = read(presented);
    if (token == null) {
      return AdmissionCheck.FORGED;
    }
    if (token.citizenId() != citizenId || !token.sessionId().equals(sessionId)) {
      return AdmissionCheck.NOT_YOURS;
    }
    if (!now.isBefore(token.expiresAt())) {
      return AdmissionCheck.EXPIRED;
    }
    return AdmissionCheck.VALID;
  }

  /** The token inside a presented string if we signed it unchanged; null otherwise. */
  AdmissionToken read(String presented) {
    int dot = presented.indexOf('.');
    if (dot <= 0 || dot != presented.lastIndexOf('.')) {
      return null;
    }
    String encoded = presented.substring(0, dot);
    try {
      byte[] signature = DECODER.decode(presented.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(encoded))) {
        return null;
      }
      String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\.");
      if (parts.length != 4) {
        return null;
      }
      return new AdmissionToken(
          Long.parseLong(parts[0]),
          parts[1],
          Instant.ofEpochMilli(Long.parseLong(parts[2])),
          Instant.ofEpochMilli(Long.parseLong(parts[3])));
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private byte[] mac(String encodedPayload) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
    }
  }
}
