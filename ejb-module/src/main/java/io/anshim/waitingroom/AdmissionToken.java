package io.anshim.waitingroom;

import java.time.Instant;
import java.util.Objects;

/**
 * Proof that a person came through the waiting room: bound to the person and to their session,
 * valid for a short time. Carried by the browser as a signed string (see {@link AdmissionSigner}).
 */
public record AdmissionToken(
    long citizenId, String sessionId, Instant issuedAt, Instant expiresAt) {

  public AdmissionToken {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (sessionId.isBlank() || sessionId.contains(".")) {
      throw new IllegalArgumentException("a session id is non-blank and has no '.'");
    }
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("a token expires after it is issued");
    }
  }
}
