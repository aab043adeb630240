package io.anshim.certificate;

import io.anshim.certificate.verification.HealthCertificate;
import io.anshim.certificate.verification.Verdict;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultCertificateVerification implements CertificateVerification {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Inject private CertificateTrust trust;
  @Inject private Clock clock;

  @Override
  public CertificateCheck verify(String text) {
    return checkOf(trust.verifier().verify(text == null ? "" : text, clock.instant()));
  }

  @Override
  public CertificateCheck verifyPicture(byte[] picture) {
    return checkOf(
        trust.verifier().verifyPicture(picture == null ? new byte[0] : picture, clock.instant()));
  }

  private CertificateCheck checkOf(Verdict verdict) {
    String step = verdict.failedStep().map(Enum::name).orElse(null);
    Optional<HealthCertificate> shown = verdict.certificate();
    if (shown.isEmpty()) {
      return new CertificateCheck(
          verdict.outcome().name(), false, step, null, null, null, List.of(), false, null);
    }
    HealthCertificate certificate = shown.get();
    Optional<LocalDate> fullFrom = FullVaccinationRule.metOn(certificate.vaccinations());
    LocalDate today = LocalDate.now(clock.withZone(KOREA));
    return new CertificateCheck(
        verdict.outcome().name(),
        verdict.isValid(),
        step,
        join(certificate.name().familyName(), certificate.name().givenName()),
        join(
            Optional.ofNullable(certificate.name().familyNameLatin()),
            certificate.name().givenNameLatin()),
        certificate.dateOfBirth(),
        certificate.vaccinations().stream()
            .map(
                v ->
                    new CertificateCheck.Dose(
                        v.doseNumber(), v.totalDoses(), v.date(), v.product(), v.country()))
            .toList(),
        FullVaccinationRule.isMet(certificate.vaccinations(), today),
        fullFrom.orElse(null));
  }

  private static String join(Optional<String> first, Optional<String> second) {
    return (first.orElse("") + " " + second.orElse("")).strip();
  }
}
