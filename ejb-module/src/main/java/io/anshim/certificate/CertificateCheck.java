package io.anshim.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * The verifier's answer as screens and apps see it: the outcome, and for a signed certificate only
 * what a verifier needs (name, birth date, doses, the 14-day rule) — never more. Whether the 14-day
 * rule is met is stated as a fact of the doses; {@code valid} says whether the certificate itself
 * may be relied on.
 */
public record CertificateCheck(
    String outcome,
    boolean valid,
    String failedStep,
    String holderName,
    String holderNameLatin,
    String dateOfBirth,
    List<Dose> doses,
    boolean fullyVaccinated,
    LocalDate fullyVaccinatedFrom) {

  public CertificateCheck {
    doses = List.copyOf(doses);
  }

  /** One dose as shown: n of m, on which day, which product (DCC code). */
  public record Dose(int number, int of, String date, String product, String country) {}

  /** The message key that says the outcome in words, e.g. certificate.outcome.EXPIRED. */
  public String outcomeKey() {
    return "certificate.outcome." + outcome;
  }
}
