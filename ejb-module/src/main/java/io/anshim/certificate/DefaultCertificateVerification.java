package io.anshim.certificate;

import io.anshim.certificate.qr.QrPictureReader;
import io.anshim.certificate.qr.QrReading;
import io.anshim.certificate.verification.HealthCertificate;
import io.anshim.certificate.verification.Outcome;
import io.anshim.certificate.verification.VaccinationEntry;
import io.anshim.certificate.verification.Verdict;
import io.anshim.ledger.Commitment;
import io.anshim.ledger.EntryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The verifier's service: a plain CDI bean rather than an EJB, since it reads only, needs no
 * transaction or role, and is the busiest call of the system (see docs/certificates.md).
 */
@ApplicationScoped
public class DefaultCertificateVerification implements CertificateVerification {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Inject private CertificateTrust trust;
  @Inject private CurrentTrust current;
  @Inject private CertificateAnchors anchors;
  @Inject private Clock clock;

  @Override
  public CertificateCheck verify(String text) {
    String shown = text == null ? "" : text;
    CurrentTrust.Snapshot trusted = trusted();
    Verdict verdict = trusted.verifier().verify(shown, clock.instant());
    return checkOf(
        ourUvci(trusted, verdict)
            .map(uvci -> checkRegister(verdict, shown, uvci, readRegister(uvci)))
            .orElse(verdict));
  }

  @Override
  public Optional<CertificateCheck> verifyFromMemory(String text) {
    Optional<CurrentTrust.Snapshot> published = current.snapshot();
    if (published.isEmpty()) {
      return Optional.empty();
    }
    String shown = text == null ? "" : text;
    Verdict verdict = published.get().verifier().verify(shown, clock.instant());
    Optional<String> uvci = ourUvci(published.get(), verdict);
    if (uvci.isEmpty()) {
      return Optional.of(checkOf(verdict));
    }
    String id = uvci.get();
    if (id.isEmpty()) {
      return Optional.of(checkOf(checkRegister(verdict, shown, id, Optional.empty())));
    }
    return anchors
        .remembered(id)
        .map(anchor -> checkOf(checkRegister(verdict, shown, id, Optional.of(anchor))));
  }

  @Override
  public CertificateCheck verifyPicture(byte[] picture) {
    byte[] bytes = picture == null ? new byte[0] : picture;
    if (QrPictureReader.read(bytes) instanceof QrReading.Found found) {
      return verify(found.text());
    }
    return checkOf(trusted().verifier().verifyPicture(bytes, clock.instant()));
  }

  /** As published at start; asking the singleton once starts it if a request came first. */
  private CurrentTrust.Snapshot trusted() {
    return current
        .snapshot()
        .orElseGet(
            () -> {
              trust.verifier();
              return current.snapshot().orElseThrow();
            });
  }

  /**
   * The UVCI to look up in our register ("" when the certificate names none): only for a valid
   * certificate signed with one of OUR keys. Foreign certificates are not ours to register.
   */
  private static Optional<String> ourUvci(CurrentTrust.Snapshot trusted, Verdict verdict) {
    if (!verdict.isValid()
        || verdict.signer().isEmpty()
        || !trusted.ourSigners().contains(verdict.signer().get())) {
      return Optional.empty();
    }
    return Optional.of(
        verdict.certificate().get().vaccinations().stream()
            .findFirst()
            .map(VaccinationEntry::certificateId)
            .orElse(""));
  }

  private Optional<CertificateAnchors.Anchor> readRegister(String uvci) {
    return uvci.isEmpty() ? Optional.empty() : anchors.find(uvci);
  }

  /**
   * A valid certificate signed with one of our keys must also be one the portal issued: its UVCI in
   * our register, its exact text the one committed to at its ledger index (so a certificate signed
   * with our key outside issuance is NOT_IN_LEDGER), and not revoked.
   */
  private static Verdict checkRegister(
      Verdict verdict, String text, String uvci, Optional<CertificateAnchors.Anchor> anchor) {
    if (anchor.isEmpty()) {
      return verdict.overruledBy(
          Outcome.NOT_IN_LEDGER, "no issued certificate anchored in the ledger for " + uvci);
    }
    if (!anchored(anchor.get().ledgerSaltHex(), anchor.get().leafDataHex(), text)) {
      return verdict.overruledBy(Outcome.NOT_IN_LEDGER, "not the certificate anchored for " + uvci);
    }
    if (anchor.get().revoked()) {
      return verdict.overruledBy(Outcome.REVOKED, "revoked");
    }
    return verdict;
  }

  private static boolean anchored(String saltHex, String leafDataHex, String text) {
    HexFormat hex = HexFormat.of();
    return Commitment.matches(
        hex.parseHex(leafDataHex),
        EntryKind.CERTIFICATE_ISSUED,
        hex.parseHex(saltHex),
        text.strip().getBytes(StandardCharsets.US_ASCII));
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
