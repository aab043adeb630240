package io.anshim.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One fetch of a citizen's certificate by a partner app, shown to the citizen. */
@Entity
@Table(name = "partner_fetch")
@NamedQuery(
    name = PartnerFetch.OF_CONSENT,
    query = "SELECT f FROM PartnerFetch f WHERE f.consentId = :consent ORDER BY f.fetchedAt DESC")
public class PartnerFetch {

  public static final String OF_CONSENT = "PartnerFetch.ofConsent";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "consent_id", nullable = false, updatable = false, length = 36)
  private String consentId;

  @Column(name = "fetched_at", nullable = false, updatable = false)
  private Instant fetchedAt;

  @Column(name = "uvci", updatable = false, length = 60)
  private String uvci;

  protected PartnerFetch() {}

  public PartnerFetch(String id, String consentId, Instant fetchedAt, String uvci) {
    this.id = Objects.requireNonNull(id, "id");
    this.consentId = Objects.requireNonNull(consentId, "consentId");
    this.fetchedAt = Objects.requireNonNull(fetchedAt, "fetchedAt");
    this.uvci = uvci;
  }

  public String getId() {
    return id;
  }

  public String getConsentId() {
    return consentId;
  }

  public Instant getFetchedAt() {
    return fetchedAt;
  }

  public String getUvci() {
    return uvci;
  }
}
