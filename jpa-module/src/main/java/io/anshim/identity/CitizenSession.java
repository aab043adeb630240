package io.anshim.identity;

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
 * A citizen's signed-in browser session. One person has at most one open session: a new verified
 * sign-in ends the older one, which then tells its tab why.
 */
@Entity
@Table(name = "citizen_session")
@NamedQuery(
    name = CitizenSession.OPEN_OF_CITIZEN,
    query = "SELECT s FROM CitizenSession s WHERE s.citizenId = :citizen AND s.endedAt IS NULL")
@NamedQuery(
    name = CitizenSession.RECENT_OF_CITIZEN,
    query = "SELECT s FROM CitizenSession s WHERE s.citizenId = :citizen ORDER BY s.startedAt DESC")
public class CitizenSession {

  public static final String OPEN_OF_CITIZEN = "CitizenSession.openOfCitizen";
  public static final String RECENT_OF_CITIZEN = "CitizenSession.recentOfCitizen";

  /** Why a session ended. */
  public enum EndReason {
    SIGNED_OUT,
    /** The same person signed in elsewhere. */
    SIGNED_IN_ELSEWHERE,
    /** The person signed out of every device. */
    SIGNED_OUT_EVERYWHERE,
    /** The browser session timed out. */
    EXPIRED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(name = "provider_id", nullable = false, length = 20)
  private String providerId;

  @Column(name = "user_agent", nullable = false, length = 200)
  private String userAgent;

  @Column(name = "client_address", nullable = false, length = 45)
  private String clientAddress;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason", length = 25)
  private EndReason endReason;

  protected CitizenSession() {}

  public CitizenSession(
      String id,
      long citizenId,
      String providerId,
      String userAgent,
      String clientAddress,
      Instant startedAt) {
    this.id = Objects.requireNonNull(id);
    this.citizenId = citizenId;
    this.providerId = Objects.requireNonNull(providerId);
    this.userAgent = Objects.requireNonNull(userAgent);
    this.clientAddress = Objects.requireNonNull(clientAddress);
    this.startedAt = Objects.requireNonNull(startedAt);
    this.lastSeenAt = startedAt;
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  public void end(EndReason reason, Instant at) {
    if (isOpen()) {
      endedAt = at;
      endReason = reason;
    }
  }

  public void seen(Instant at) {
    lastSeenAt = at;
  }

  public String getId() {
    return id;
  }

  public long getCitizenId() {
    return citizenId;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public EndReason getEndReason() {
    return endReason;
  }
}
