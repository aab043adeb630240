package io.anshim.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Another issuer's Document Signer Certificate that an operator imported from a trust list. */
@Entity
@Table(name = "foreign_signer")
@NamedQueries({
  @NamedQuery(
      name = ForeignSigner.ALL,
      query = "SELECT s FROM ForeignSigner s ORDER BY s.country, s.keyId"),
  @NamedQuery(name = ForeignSigner.COUNT, query = "SELECT COUNT(s) FROM ForeignSigner s")
})
public class ForeignSigner {

  public static final String ALL = "ForeignSigner.all";
  public static final String COUNT = "ForeignSigner.count";

  @Id
  @Column(name = "key_id", length = 24)
  private String keyId;

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Column(name = "certificate_der", nullable = false, length = 8000)
  private String certificateDer;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false, length = 80)
  private String importedBy;

  protected ForeignSigner() {}

  public ForeignSigner(
      String keyId, String country, String certificateDer, Instant importedAt, String importedBy) {
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.country = Objects.requireNonNull(country, "country");
    this.certificateDer = Objects.requireNonNull(certificateDer, "certificateDer");
    this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
  }

  public String getKeyId() {
    return keyId;
  }

  public String getCountry() {
    return country;
  }

  /** The certificate as base64 DER. */
  public String getCertificateDer() {
    return certificateDer;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public String getImportedBy() {
    return importedBy;
  }
}
