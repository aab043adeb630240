package io.anshim.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate we signed for a citizen and anchored in the ledger: what the verifier checks our
 * certificates against (issued by the portal? revoked?). It holds no name, birth date or passport
 * number in the clear; the certificate text is sealed, so the portal can serve it again.
 */
@Entity
@Table(name = "issued_certificate")
@NamedQuery(
    name = CertificateRecord.OF_CITIZEN,
    query =
        "SELECT c FROM CertificateRecord c WHERE c.citizenId = :citizen AND c.kind = :kind"
            + " ORDER BY c.issuedAt DESC")
public class CertificateRecord {

  public static final String OF_CITIZEN = "CertificateRecord.ofCitizen";

  /** Domestic (Korean name) or international (plus Latin name and passport number). */
  public enum Kind {
    DOMESTIC,
    INTERNATIONAL
  }

  @Id
  @Column(name = "uvci", length = 60)
  private String uvci;

  @Column(name = "citizen_id", nullable = false, updatable = false)
  private long citizenId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private Kind kind;

  @Column(name = "vaccination_record_id", nullable = false, updatable = false)
  private long vaccinationRecordId;

  @Column(name = "dose_number", nullable = false, updatable = false)
  private int doseNumber;

  @Column(name = "doses_in_series", nullable = false, updatable = false)
  private int dosesInSeries;

  @Column(name = "signer_kid", nullable = false, updatable = false, length = 24)
  private String signerKid;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(name = "certificate_sealed", nullable = false, updatable = false, length = 2000)
  private String certificateSealed;

  @Column(name = "ledger_salt", nullable = false, updatable = false, length = 64)
  private String ledgerSalt;

  @Column(name = "ledger_index", nullable = false, updatable = false)
  private long ledgerIndex;

  @Column(name = "checkpoint_size", nullable = false, updatable = false)
  private long checkpointSize;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revocation_reason", length = 200)
  private String revocationReason;

  @Column(name = "revoked_by", length = 80)
  private String revokedBy;

  @Column(name = "revocation_salt", length = 64)
  private String revocationSalt;

  @Column(name = "revocation_ledger_index")
  private Long revocationLedgerIndex;

  protected CertificateRecord() {}

  public CertificateRecord(
      String uvci,
      long citizenId,
      Kind kind,
      long vaccinationRecordId,
      int doseNumber,
      int dosesInSeries,
      String signerKid,
      Instant issuedAt,
      Instant expiresAt,
      String contentHash,
      String certificateSealed,
      String ledgerSalt,
      long ledgerIndex,
      long checkpointSize) {
    this.uvci = Objects.requireNonNull(uvci, "uvci");
    this.citizenId = citizenId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.vaccinationRecordId = vaccinationRecordId;
    this.doseNumber = doseNumber;
    this.dosesInSeries = dosesInSeries;
    this.signerKid = Objects.requireNonNull(signerKid, "signerKid");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
    this.certificateSealed = Objects.requireNonNull(certificateSealed, "certificateSealed");
    this.ledgerSalt = Objects.requireNonNull(ledgerSalt, "ledgerSalt");
    if (checkpointSize <= ledgerIndex) {
      throw new IllegalArgumentException("the checkpoint must contain the entry");
    }
    this.ledgerIndex = ledgerIndex;
    this.checkpointSize = checkpointSize;
  }

  /** Revokes once; the revocation's own ledger anchor is kept with it. */
  public void revoke(
      Instant at, String reason, String by, String revocationSalt, long revocationLedgerIndex) {
    if (revokedAt != null) {
      throw new IllegalStateException("already revoked");
    }
    this.revokedAt = Objects.requireNonNull(at, "at");
    this.revocationReason = Objects.requireNonNull(reason, "reason");
    this.revokedBy = Objects.requireNonNull(by, "by");
    this.revocationSalt = Objects.requireNonNull(revocationSalt, "revocationSalt");
    this.revocationLedgerIndex = revocationLedgerIndex;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public String getUvci() {
    return uvci;
  }

  public long getCitizenId() {
    return citizenId;
  }

  public Kind getKind() {
    return kind;
  }

  public long getVaccinationRecordId() {
    return vaccinationRecordId;
  }

  public int getDoseNumber() {
    return doseNumber;
  }

  public int getDosesInSeries() {
    return dosesInSeries;
  }

  public String getSignerKid() {
    return signerKid;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getCertificateSealed() {
    return certificateSealed;
  }

  public String getLedgerSalt() {
    return ledgerSalt;
  }

  public long getLedgerIndex() {
    return ledgerIndex;
  }

  public long getCheckpointSize() {
    return checkpointSize;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevocationSalt() {
    return revocationSalt;
  }

  public Long getRevocationLedgerIndex() {
    return revocationLedgerIndex;
  }
}
