package io.anshim.booking.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A decision on someone booking for another person, granted or refused. Never updated. */
@Entity
@Table(name = "proxy_decision")
@NamedQuery(
    name = ProxyDecision.LATEST,
    query = "SELECT d FROM ProxyDecision d ORDER BY d.decidedAt DESC, d.id DESC")
@NamedQuery(name = ProxyDecision.COUNT, query = "SELECT COUNT(d) FROM ProxyDecision d")
public class ProxyDecision {

  public static final String LATEST = "ProxyDecision.latest";
  public static final String COUNT = "ProxyDecision.count";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proxy_decision_seq")
  @SequenceGenerator(
      name = "proxy_decision_seq",
      sequenceName = "proxy_decision_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "booker_citizen_id", nullable = false, updatable = false)
  private long bookerCitizenId;

  @Column(name = "person_citizen_id", nullable = false, updatable = false)
  private long personCitizenId;

  @Column(name = "relationship", updatable = false, length = 30)
  private String relationship;

  @Column(name = "granted", nullable = false, updatable = false)
  private boolean granted;

  /** GRANTED, or the message key of the refusal. */
  @Column(name = "reason", nullable = false, updatable = false, length = 80)
  private String reason;

  @Column(name = "window_id", updatable = false)
  private Long windowId;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected ProxyDecision() {}

  public ProxyDecision(
      long bookerCitizenId,
      long personCitizenId,
      String relationship,
      boolean granted,
      String reason,
      Long windowId,
      Instant decidedAt) {
    this.bookerCitizenId = bookerCitizenId;
    this.personCitizenId = personCitizenId;
    this.relationship = relationship;
    this.granted = granted;
    this.reason = Objects.requireNonNull(reason);
    this.windowId = windowId;
    this.decidedAt = Objects.requireNonNull(decidedAt);
  }

  public Long getId() {
    return id;
  }

  public long getBookerCitizenId() {
    return bookerCitizenId;
  }

  public long getPersonCitizenId() {
    return personCitizenId;
  }

  public String getRelationship() {
    return relationship;
  }

  public boolean isGranted() {
    return granted;
  }

  public String getReason() {
    return reason;
  }

  public Long getWindowId() {
    return windowId;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
