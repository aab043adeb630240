package io.anshim.certificate.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.anshim.certificate.hcert.CertificateType;
import io.anshim.certificate.hcert.CwtClaims;
import io.anshim.certificate.hcert.DccSchema;
import io.anshim.certificate.hcert.DecodingStep;
import io.anshim.certificate.hcert.Hcert;
import io.anshim.certificate.hcert.MalformedHcertException;
import io.anshim.certificate.hcert.SignatureAlgorithm;
import io.anshim.certificate.qr.QrPictureReader;
import io.anshim.certificate.qr.QrReading;
import io.anshim.certificate.trust.KeyId;
import io.anshim.certificate.trust.SignerCertificate;
import io.anshim.certificate.trust.TrustList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies "HC1:" text against a trust list at a given instant. Never throws for any input: a
 * verifier page must always answer, so every failure becomes a {@link Verdict}. Immutable and
 * thread-safe; a new trust list means a new verifier ({@link #withTrustList}).
 */
public final class HcertVerifier {

  private final TrustList trustList;
  private final DccSchema schema;

  public HcertVerifier(TrustList trustList, DccSchema schema) {
    this.trustList = Objects.requireNonNull(trustList, "trustList");
    this.schema = Objects.requireNonNull(schema, "schema");
  }

  public HcertVerifier withTrustList(TrustList other) {
    return new HcertVerifier(other, schema);
  }

  public TrustList trustList() {
    return trustList;
  }

  public Verdict verify(String text, Instant at) {
    Objects.requireNonNull(at, "at");
    try {
      return verify(Hcert.decode(text), at);
    } catch (MalformedHcertException e) {
      return Verdict.malformed(e.step(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // a library failing on hostile input in a way we did not foresee is still bad input
      return Verdict.malformed(DecodingStep.COSE, "unreadable: " + e.getClass().getSimpleName());
    }
  }

  /** Verifies the QR code in an uploaded picture; a picture without one is MALFORMED (PICTURE). */
  public Verdict verifyPicture(byte[] picture, Instant at) {
    Objects.requireNonNull(at, "at");
    QrReading reading = QrPictureReader.read(picture);
    if (reading instanceof QrReading.Found found) {
      return verify(found.text(), at);
    }
    QrReading.Refused refused = (QrReading.Refused) reading;
    return Verdict.malformed(DecodingStep.PICTURE, refused.reason() + ": " + refused.detail());
  }

  private Verdict verify(Hcert hcert, Instant at) {
    Optional<SignatureAlgorithm> algorithm = hcert.message().algorithm();
    if (algorithm.isEmpty()) {
      return Verdict.malformed(DecodingStep.COSE, "no supported signature algorithm");
    }
    Optional<byte[]> keyIdBytes = hcert.message().keyId();
    if (keyIdBytes.isEmpty() || keyIdBytes.get().length == 0 || keyIdBytes.get().length > 64) {
      return Verdict.rejected(Outcome.UNKNOWN_SIGNER, "no key id");
    }
    KeyId keyId = new KeyId(keyIdBytes.get());
    List<SignerCertificate> candidates = trustList.find(keyId);
    if (candidates.isEmpty()) {
      return Verdict.rejected(Outcome.UNKNOWN_SIGNER, "key id " + keyId + " is not trusted");
    }
    byte[] toBeSigned = hcert.message().toBeSigned();
    byte[] signature = hcert.message().signature();
    Optional<SignerCertificate> signer =
        candidates.stream()
            .filter(c -> c.verifies(algorithm.get(), toBeSigned, signature))
            .findFirst();
    if (signer.isEmpty()) {
      return Verdict.rejected(Outcome.BAD_SIGNATURE, "signature does not match key " + keyId);
    }
    JsonNode payload = hcert.claims().dccJson();
    HealthCertificate certificate = HealthCertificate.of(hcert.claims(), payload);
    KeyId signedBy = signer.get().keyId();
    Optional<Outcome> timing = checkValidity(hcert.claims(), at);
    if (timing.isPresent()) {
      return Verdict.rejected(timing.get(), "checked at " + at, certificate, signedBy);
    }
    for (CertificateType type : HealthCertificate.typesIn(payload)) {
      if (!signer.get().mayIssue(type)) {
        return Verdict.rejected(
            Outcome.WRONG_KEY_USAGE, "signer may not issue " + type, certificate, signedBy);
      }
    }
    List<String> violations = schema.violations(payload);
    if (!violations.isEmpty()) {
      return Verdict.rejected(
          Outcome.SCHEMA_INVALID, String.join("; ", violations), certificate, signedBy);
    }
    return Verdict.valid(certificate, signedBy);
  }

  /**
   * EXPIRED after the exp claim, NOT_YET_VALID before the iat claim; empty while valid. A missing
   * claim does not limit (the DCC spec makes both mandatory, the schema cannot see them).
   */
  public static Optional<Outcome> checkValidity(CwtClaims claims, Instant at) {
    if (claims.expiresAt().isPresent() && at.isAfter(claims.expiresAt().get())) {
      return Optional.of(Outcome.EXPIRED);
    }
    if (claims.issuedAt().isPresent() && at.isBefore(claims.issuedAt().get())) {
      return Optional.of(Outcome.NOT_YET_VALID);
    }
    return Optional.empty();
  }
}
