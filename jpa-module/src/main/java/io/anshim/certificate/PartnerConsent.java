package io.anshim.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's consent that one partner app may fetch their latest certificate, until withdrawn. The
 * app proves the consent with the grant code the citizen handed it (kept as SHA-256 only).
 */
@Entity
@Table(name = "partner_consent")
@NamedQuery(
    name = PartnerConsent.OF_CITIZEN,
    query = "SELECT c FROM PartnerConsent c WHERE c.citizenId = :citizen ORDER BY c.grantedAt DESC")
@NamedQuery(
    name = PartnerConsent.BY_GRANT,
    query = "SELECT c FROM PartnerConsent c WHERE c.grantHash = :grantHash")
public class PartnerConsent {

  public static final String OF_CITIZEN = "PartnerConsent.ofCitizen";
  public static final String BY_GRANT = "PartnerConsent.byGrant";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "citizen_id", nullable = false, updatable = false)
  private long citizenId;

  @Column(name = "client_id", nullable = false, updatable = false, length = 40)
  private String clientId;

  @Column(name = "grant_hash", nullable = false, updatable = false, length = 64)
  private String grantHash;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected PartnerConsent() {}

  public PartnerConsent(
      String id, long citizenId, String clientId, String grantHash, Instant grantedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.citizenId = citizenId;
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.grantHash = Objects.requireNonNull(grantHash, "grantHash");
    this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
  }

  public void withdraw(Instant at) {
    if (withdrawnAt == null) {
      withdrawnAt = Objects.requireNonNull(at, "at");
    }
  }

  public boolean isActive() {
    return withdrawnAt == null;
  }

  public String getId() {
    return id;
  }

  public long getCitizenId() {
    return citizenId;
  }

  public String getClientId() {
    return clientId;
  }

  public String getGrantHash() {
    return grantHash;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
