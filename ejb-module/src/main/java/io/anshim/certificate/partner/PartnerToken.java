package io.anshim.certificate.partner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A bearer access token for a partner client: "clientId.expiryEpochSeconds.HMAC", signed with a
 * server key, so checking it needs no database read. It names the client, never a citizen.
 */
public final class PartnerToken {

  private final byte[] key;

  public PartnerToken(byte[] key) {
    this.key = Objects.requireNonNull(key, "key").clone();
  }

  public String issue(String clientId, Instant expiresAt) {
    String body = encode(clientId) + "." + expiresAt.getEpochSecond();
    return body + "." + encode(mac(body));
  }

  /**
   * The client the token was issued to, if it is ours, unchanged and not expired at {@code now}.
   */
  public Optional<String> clientOf(String token, Instant now) {
    if (token == null || token.length() > 400) {
      return Optional.empty();
    }
    String[] parts = token.strip().split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String body = parts[0] + "." + parts[1];
      byte[] expected = mac(body);
      byte[] given = Base64.getUrlDecoder().decode(parts[2]);
      if (!MessageDigest.isEqual(expected, given)
          || Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(now)) {
        return Optional.empty();
      }
      return Optional.of(
          new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return encode(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
