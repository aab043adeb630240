package io.anshim.certificate.verification;

import io.anshim.certificate.hcert.DecodingStep;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of verifying a scanned or pasted certificate. The decoded certificate is present only
 * when its signature was verified (valid, expired, not yet valid, wrong key usage, schema invalid):
 * nothing unsigned is ever shown as if a state had said it.
 */
public record Verdict(
    Outcome outcome,
    Optional<DecodingStep> failedStep,
    String detail,
    Optional<HealthCertificate> certificate) {

  public Verdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(failedStep, "failedStep");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(certificate, "certificate");
    if (outcome == Outcome.MALFORMED && failedStep.isEmpty()) {
      throw new IllegalArgumentException("a malformed verdict names its step");
    }
  }

  public static Verdict valid(HealthCertificate certificate) {
    return new Verdict(Outcome.VALID, Optional.empty(), "", Optional.of(certificate));
  }

  public static Verdict malformed(DecodingStep step, String detail) {
    return new Verdict(Outcome.MALFORMED, Optional.of(step), detail, Optional.empty());
  }

  public static Verdict rejected(Outcome outcome, String detail) {
    return new Verdict(outcome, Optional.empty(), detail, Optional.empty());
  }

  public static Verdict rejected(Outcome outcome, String detail, HealthCertificate certificate) {
    return new Verdict(outcome, Optional.empty(), detail, Optional.of(certificate));
  }

  public boolean isValid() {
    return outcome.isValid();
  }
}
