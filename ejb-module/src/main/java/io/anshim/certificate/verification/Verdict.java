package io.anshim.certificate.verification;

import io.anshim.certificate.hcert.DecodingStep;
import io.anshim.certificate.trust.KeyId;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of verifying a scanned or pasted certificate. The decoded certificate is present only
 * when its signature was verified (valid, expired, not yet valid, wrong key usage, schema invalid):
 * nothing unsigned is ever shown as if a state had said it; so is the key id of the signer whose
 * signature matched, so the issuer can check its own register (revoked? issued at all?).
 */
public record Verdict(
    Outcome outcome,
    Optional<DecodingStep> failedStep,
    String detail,
    Optional<HealthCertificate> certificate,
    Optional<KeyId> signer) {

  public Verdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(failedStep, "failedStep");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(signer, "signer");
    if (outcome == Outcome.MALFORMED && failedStep.isEmpty()) {
      throw new IllegalArgumentException("a malformed verdict names its step");
    }
  }

  public static Verdict valid(HealthCertificate certificate, KeyId signer) {
    return new Verdict(
        Outcome.VALID, Optional.empty(), "", Optional.of(certificate), Optional.of(signer));
  }

  public static Verdict malformed(DecodingStep step, String detail) {
    return new Verdict(
        Outcome.MALFORMED, Optional.of(step), detail, Optional.empty(), Optional.empty());
  }

  public static Verdict rejected(Outcome outcome, String detail) {
    return new Verdict(outcome, Optional.empty(), detail, Optional.empty(), Optional.empty());
  }

  public static Verdict rejected(
      Outcome outcome, String detail, HealthCertificate certificate, KeyId signer) {
    return new Verdict(
        outcome, Optional.empty(), detail, Optional.of(certificate), Optional.of(signer));
  }

  /**
   * This verdict overruled by the issuer's register: a correctly signed certificate that was
   * revoked, or that the issuer never recorded. The certificate stays shown, as for EXPIRED.
   */
  public Verdict overruledBy(Outcome registerOutcome, String registerDetail) {
    return new Verdict(registerOutcome, Optional.empty(), registerDetail, certificate, signer);
  }

  public boolean isValid() {
    return outcome.isValid();
  }
}
