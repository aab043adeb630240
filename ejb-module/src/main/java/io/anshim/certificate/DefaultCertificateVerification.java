package io.anshim.certificate;

import io.anshim.certificate.qr.QrPictureReader;
import io.anshim.certificate.qr.QrReading;
import io.anshim.certificate.verification.HealthCertificate;
import io.anshim.certificate.verification.Outcome;
import io.anshim.certificate.verification.VaccinationEntry;
import io.anshim.certificate.verification.Verdict;
import io.anshim.ledger.Commitment;
import io.anshim.ledger.EntryKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultCertificateVerification implements CertificateVerification {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Inject private CertificateTrust trust;
  @Inject private Clock clock;

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Override
  public CertificateCheck verify(String text) {
    String shown = text == null ? "" : text;
    return checkOf(checkRegister(shown, trust.verifier().verify(shown, clock.instant())));
  }

  @Override
  public CertificateCheck verifyPicture(byte[] picture) {
    byte[] bytes = picture == null ? new byte[0] : picture;
    if (QrPictureReader.read(bytes) instanceof QrReading.Found found) {
      return verify(found.text());
    }
    return checkOf(trust.verifier().verifyPicture(bytes, clock.instant()));
  }

  /**
   * A valid certificate signed with one of OUR keys must also be one the portal issued: its UVCI in
   * our register, its exact text the one committed to at its ledger index (so a certificate signed
   * with our key outside issuance is NOT_IN_LEDGER), and not revoked. Reads only; foreign
   * certificates are not ours to register.
   */
  private Verdict checkRegister(String text, Verdict verdict) {
    if (!verdict.isValid()
        || verdict.signer().isEmpty()
        || !trust.isOurSigner(verdict.signer().get())) {
      return verdict;
    }
    String uvci =
        verdict.certificate().get().vaccinations().stream()
            .findFirst()
            .map(VaccinationEntry::certificateId)
            .orElse("");
    Optional<Object[]> register = uvci.isEmpty() ? Optional.empty() : registerRow(uvci);
    if (register.isEmpty()) {
      return verdict.overruledBy(
          Outcome.NOT_IN_LEDGER, "no issued certificate anchored in the ledger for " + uvci);
    }
    Object[] row = register.get();
    if (!anchored((String) row[0], (String) row[1], text)) {
      return verdict.overruledBy(Outcome.NOT_IN_LEDGER, "not the certificate anchored for " + uvci);
    }
    if (row[2] != null) {
      return verdict.overruledBy(Outcome.REVOKED, "revoked");
    }
    return verdict;
  }

  /**
   * [ledger salt, leaf data hex, revoked at] of the register row for the UVCI joined with its
   * ledger entry, in one read (the verifier's hot path). The entry must lie under the checkpoint
   * recorded at issuance: issuance stores the row only after its entry is under a signed
   * checkpoint, and entries under a signed checkpoint never change, so this is the check {@code
   * PublicLedger.entry} made, without reading the newest checkpoint every time. Revocation is read
   * fresh on every verification.
   */
  private Optional<Object[]> registerRow(String uvci) {
    return em.createQuery(
            "SELECT c.ledgerSalt, e.leafData, c.revokedAt FROM CertificateRecord c, LedgerEntry e"
                + " WHERE c.uvci = :uvci AND e.index = c.ledgerIndex"
                + " AND c.ledgerIndex < c.checkpointSize",
            Object[].class)
        .setParameter("uvci", uvci)
        .getResultStream()
        .findFirst();
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
