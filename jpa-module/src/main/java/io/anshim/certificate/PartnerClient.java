package io.anshim.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A partner app registered by an operator; its secret is kept only as a SHA-256. */
@Entity
@Table(name = "partner_client")
@NamedQuery(name = PartnerClient.ALL, query = "SELECT p FROM PartnerClient p ORDER BY p.name")
public class PartnerClient {

  public static final String ALL = "PartnerClient.all";

  @Id
  @Column(name = "client_id", length = 40)
  private String clientId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, updatable = false, length = 80)
  private String registeredBy;

  protected PartnerClient() {}

  public PartnerClient(
      String clientId, String name, String secretHash, Instant registeredAt, String registeredBy) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.name = Objects.requireNonNull(name, "name");
    this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
  }

  public String getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
