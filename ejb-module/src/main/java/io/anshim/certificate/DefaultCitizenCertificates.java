package io.anshim.certificate;

import io.anshim.center.Vaccine;
import io.anshim.certificate.CertificateRecord.Kind;
import io.anshim.certificate.hcert.Hcert;
import io.anshim.certificate.issuance.CertificateHolder;
import io.anshim.certificate.issuance.HangulRomanization;
import io.anshim.certificate.issuance.IcaoName;
import io.anshim.certificate.issuance.IssuedCertificate;
import io.anshim.certificate.issuance.KoreanName;
import io.anshim.certificate.issuance.PassportNumber;
import io.anshim.certificate.issuance.VaccinationCertificateIssuer;
import io.anshim.certificate.issuance.VaccinationDose;
import io.anshim.certificate.qr.CertificatePdf;
import io.anshim.certificate.verification.HealthCertificate;
import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenProfile;
import io.anshim.identity.CitizenRegistry;
import io.anshim.identity.PersonalDataCipher;
import io.anshim.identity.PersonalDataVault;
import io.anshim.ledger.Anchor;
import io.anshim.ledger.EntryKind;
import io.anshim.ledger.LedgerAnchor;
import io.anshim.ledger.PublicLedger;
import io.anshim.shared.ConflictException;
import io.anshim.shared.NotFoundException;
import io.anshim.vaccination.VaccinationRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues certificates to the signed-in citizen only: the caller's session is checked by the
 * identity module ({@link CitizenAccounts#profile}), which also opens the sealed name; and to a
 * partner app only on the citizen's active consent ({@link ConsentedCertificates}). A new
 * certificate is signed and anchored when the latest dose, the name or (international) the Latin
 * name or passport changed, or when the one served before has less than {@link #RESERVE_MARGIN}
 * left; otherwise the same certificate is served again, so reloading the page does not fill the
 * ledger. Older certificates stay valid until they expire.
 */
@Stateless
@PermitAll
public class DefaultCitizenCertificates implements CitizenCertificates, ConsentedCertificates {

  static final String ISSUER_NAME = "Korea Disease Control and Prevention Agency";

  /** A certificate served again has at least this long to live. */
  static final Duration RESERVE_MARGIN = Duration.ofDays(30);

  static final String SEALED_FIELD = "certificate";
  static final String CONTENT_PURPOSE = "certificate-content";
  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  private static final VaccinationCertificateIssuer ISSUER =
      new VaccinationCertificateIssuer(ISSUER_NAME);

  @Inject private CitizenAccounts accounts;
  @Inject private CitizenRegistry registry;
  @Inject private PersonalDataVault vault;
  @Inject private CertificateTrust trust;
  @Inject private LedgerAnchor anchors;
  @Inject private PublicLedger ledger;
  @Inject private Clock clock;

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Override
  public CertificateView domestic(CitizenCaller caller) {
    return domesticOf(ownProfile(caller));
  }

  @Override
  public CertificateView latestDomestic(long citizenId, String consentId) {
    PartnerConsent consent = consentId == null ? null : em.find(PartnerConsent.class, consentId);
    if (consent == null || consent.getCitizenId() != citizenId || !consent.isActive()) {
      throw new NotFoundException("error.partner.noConsent");
    }
    if (latestRecord(citizenId).isEmpty()) {
      throw new NotFoundException("error.partner.noCertificate");
    }
    return domesticOf(registry.consentedProfile(citizenId));
  }

  private CertificateView domesticOf(CitizenProfile profile) {
    KoreanName name = KoreanName.split(profile.name());
    String familyLatin = HangulRomanization.romanize(name.familyName());
    String givenLatin = HangulRomanization.romanize(name.givenName());
    CertificateHolder holder =
        new CertificateHolder(
            name.familyName(),
            name.givenName(),
            new IcaoName(familyLatin.isEmpty() ? "X" : familyLatin),
            givenLatin.isEmpty() ? Optional.empty() : Optional.of(new IcaoName(givenLatin)),
            profile.birthDate(),
            Optional.empty());
    return issueOrServeAgain(profile, Kind.DOMESTIC, holder);
  }

  @Override
  public CertificateView international(
      CitizenCaller caller, String familyNameLatin, String givenNameLatin, String passport) {
    CitizenProfile profile = ownProfile(caller);
    IcaoName family = IcaoName.normalise(familyNameLatin);
    Optional<IcaoName> given =
        givenNameLatin == null || givenNameLatin.isBlank()
            ? Optional.empty()
            : Optional.of(IcaoName.normalise(givenNameLatin));
    PassportNumber number = PassportNumber.parse(passport);
    KoreanName name = KoreanName.split(profile.name());
    CertificateHolder holder =
        new CertificateHolder(
            name.familyName(),
            name.givenName(),
            family,
            given,
            profile.birthDate(),
            Optional.of(number.value()));
    return issueOrServeAgain(profile, Kind.INTERNATIONAL, holder);
  }

  @Override
  public CertificateView own(CitizenCaller caller, String uvci) {
    CitizenProfile profile = ownProfile(caller);
    CertificateRecord record = uvci == null ? null : em.find(CertificateRecord.class, uvci);
    if (record == null || record.getCitizenId() != profile.id()) {
      // someone else's identifier answers the same as an unknown one
      throw new NotFoundException("error.certificate.unknown");
    }
    String text = vault.cipher().open(SEALED_FIELD, record.getCertificateSealed());
    // what it states, read back from the certificate itself: the name may have changed since
    HealthCertificate stated = HealthCertificate.of(Hcert.decode(text).claims());
    return view(
        record,
        text,
        stated.name().familyName().orElse("") + stated.name().givenName().orElse(""),
        latinName(stated.name().familyNameLatin(), stated.name().givenNameLatin().orElse("")),
        LocalDate.parse(stated.dateOfBirth()),
        false);
  }

  @Override
  public byte[] pdf(CitizenCaller caller, String uvci) {
    CertificateView certificate = own(caller, uvci);
    List<String> lines = new ArrayList<>();
    lines.add("Date of birth: " + certificate.dateOfBirth());
    lines.add(
        "Dose "
            + certificate.doseNumber()
            + "/"
            + certificate.dosesInSeries()
            + " on "
            + certificate.vaccinatedOn()
            + ", "
            + certificate.vaccineNameEn());
    lines.add("Issued by " + ISSUER_NAME + ", country KR");
    lines.add("Valid until " + LocalDate.ofInstant(certificate.expiresAt(), KOREA));
    lines.add(certificate.uvci());
    lines.add("Public ledger entry " + certificate.ledgerIndex());
    return CertificatePdf.render(
        new CertificatePdf.Content(
            certificate.text(),
            certificate.international()
                ? "International COVID-19 Vaccination Certificate"
                : "COVID-19 Vaccination Certificate",
            certificate.holderNameLatin(),
            Optional.of(certificate.holderName()),
            lines));
  }

  private CitizenProfile ownProfile(CitizenCaller caller) {
    return accounts.profile(caller, caller == null ? -1 : caller.citizenId());
  }

  private CertificateView issueOrServeAgain(
      CitizenProfile profile, Kind kind, CertificateHolder holder) {
    VaccinationRecord latest =
        latestRecord(profile.id())
            .orElseThrow(() -> new ConflictException("error.certificate.noDose"));
    Vaccine vaccine = em.find(Vaccine.class, latest.getVaccineCode());
    PersonalDataCipher cipher = vault.cipher();
    String contentHash = cipher.hash(CONTENT_PURPOSE, canonicalContent(kind, latest, holder));
    Instant now = clock.instant();
    Optional<CertificateRecord> served =
        em.createNamedQuery(CertificateRecord.OF_CITIZEN, CertificateRecord.class)
            .setParameter("citizen", profile.id())
            .setParameter("kind", kind)
            .setMaxResults(10)
            .getResultStream()
            .filter(
                r ->
                    r.getVaccinationRecordId() == latest.getId()
                        && r.getContentHash().equals(contentHash)
                        && !r.isRevoked()
                        && r.getExpiresAt().isAfter(now.plus(RESERVE_MARGIN)))
            .findFirst();
    if (served.isPresent()) {
      return view(
          served.get(),
          cipher.open(SEALED_FIELD, served.get().getCertificateSealed()),
          holder,
          false);
    }
    VaccinationDose dose =
        new VaccinationDose(
            vaccine.getDccProphylaxis(),
            vaccine.getDccProduct(),
            vaccine.getDccManufacturer(),
            latest.getDoseNumber(),
            latest.getDosesInSeries(),
            LocalDate.ofInstant(latest.getVaccinatedAt(), KOREA));
    IssuedCertificate issued =
        ISSUER.issue(
            holder,
            dose,
            trust.signerOutliving(now.plus(VaccinationCertificateIssuer.LIFETIME)),
            now);
    Anchor anchor =
        anchors.anchor(
            EntryKind.CERTIFICATE_ISSUED, issued.text().getBytes(StandardCharsets.US_ASCII));
    // the anchor returns once its entry is under a signed checkpoint, so the newest one holds it
    long checkpointSize = ledger.latestCheckpoint().size();
    CertificateRecord record =
        new CertificateRecord(
            issued.identifier().value(),
            profile.id(),
            kind,
            latest.getId(),
            latest.getDoseNumber(),
            latest.getDosesInSeries(),
            issued.signer().base64(),
            issued.issuedAt(),
            issued.expiresAt(),
            contentHash,
            cipher.seal(SEALED_FIELD, issued.text()),
            HexFormat.of().formatHex(anchor.salt()),
            anchor.index(),
            Math.max(checkpointSize, anchor.index() + 1));
    em.persist(record);
    return view(record, issued.text(), holder, true);
  }

  private Optional<VaccinationRecord> latestRecord(long citizenId) {
    return em.createQuery(
            "SELECT r FROM VaccinationRecord r WHERE r.citizenId = :citizen"
                + " ORDER BY r.vaccinatedAt DESC, r.doseNumber DESC",
            VaccinationRecord.class)
        .setParameter("citizen", citizenId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Everything the certificate states besides its identifier and times, in one string. */
  static String canonicalContent(Kind kind, VaccinationRecord dose, CertificateHolder holder) {
    return String.join(
        "\n",
        kind.name(),
        String.valueOf(dose.getId()),
        holder.familyName(),
        holder.givenName(),
        holder.familyNameLatin().value(),
        holder.givenNameLatin().map(IcaoName::value).orElse(""),
        holder.dateOfBirth().toString(),
        holder.passportNumber().orElse(""),
        ISSUER_NAME);
  }

  private CertificateView view(
      CertificateRecord record, String text, CertificateHolder holder, boolean newlyIssued) {
    return view(
        record,
        text,
        holder.familyName() + holder.givenName(),
        latinName(
            holder.familyNameLatin().value(),
            holder.givenNameLatin().map(IcaoName::value).orElse("")),
        holder.dateOfBirth(),
        newlyIssued);
  }

  private CertificateView view(
      CertificateRecord record,
      String text,
      String holderName,
      String holderNameLatin,
      LocalDate dateOfBirth,
      boolean newlyIssued) {
    VaccinationRecord dose = em.find(VaccinationRecord.class, record.getVaccinationRecordId());
    Vaccine vaccine = em.find(Vaccine.class, dose.getVaccineCode());
    return new CertificateView(
        record.getUvci(),
        record.getKind().name(),
        text,
        holderName,
        holderNameLatin,
        dateOfBirth,
        record.getDoseNumber(),
        record.getDosesInSeries(),
        LocalDate.ofInstant(dose.getVaccinatedAt(), KOREA),
        vaccine.getCode(),
        vaccine.getNameKo(),
        vaccine.getNameEn(),
        record.getIssuedAt(),
        record.getExpiresAt(),
        record.getLedgerIndex(),
        record.getCheckpointSize(),
        record.isRevoked(),
        newlyIssued);
  }

  /** "HONG GILDONG": ICAO '<' separators read as spaces. */
  private static String latinName(String family, String given) {
    return (family + " " + given).replace('<', ' ').strip();
  }
}
