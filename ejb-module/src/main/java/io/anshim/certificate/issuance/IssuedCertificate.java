package io.anshim.certificate.issuance;

import io.anshim.certificate.trust.KeyId;
import java.time.Instant;
import java.util.Objects;

/** A certificate we signed: the "HC1:" text for the QR, its identifier, signer and lifetime. */
public record IssuedCertificate(
    String text, Uvci identifier, KeyId signer, Instant issuedAt, Instant expiresAt) {

  public IssuedCertificate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
