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
 * One attempt of a person to prove who they are through a provider: what they claimed (sealed), the
 * hash of what the provider expects back, and how far it went. Also the record that rate limits and
 * lockouts count.
 */
@Entity
@Table(name = "identity_verification")
@NamedQuery(
    name = IdentityVerification.STARTS_BY_SUBJECT,
    query =
        "SELECT COUNT(v) FROM IdentityVerification v WHERE v.subjectHash = :subject"
            + " AND v.startedAt > :since")
@NamedQuery(
    name = IdentityVerification.STARTS_FROM_ADDRESS,
    query =
        "SELECT COUNT(v) FROM IdentityVerification v WHERE v.clientAddress = :address"
            + " AND v.startedAt > :since")
@NamedQuery(
    name = IdentityVerification.LOCKED_UNTIL,
    query =
        "SELECT MAX(v.lockedUntil) FROM IdentityVerification v WHERE v.subjectHash = :subject"
            + " AND v.lockedUntil > :now")
@NamedQuery(
    name = IdentityVerification.STARTED_BEFORE,
    query =
        "SELECT v.id FROM IdentityVerification v WHERE v.startedAt < :cutoff"
            + " AND (v.lockedUntil IS NULL OR v.lockedUntil < :now) ORDER BY v.startedAt")
@NamedQuery(
    name = IdentityVerification.DELETE_IDS,
    query = "DELETE FROM IdentityVerification v WHERE v.id IN :ids")
public class IdentityVerification {

  public static final String STARTED_BEFORE = "IdentityVerification.startedBefore";
  public static final String DELETE_IDS = "IdentityVerification.deleteIds";
  public static final String STARTS_BY_SUBJECT = "IdentityVerification.startsBySubject";
  public static final String STARTS_FROM_ADDRESS = "IdentityVerification.startsFromAddress";
  public static final String LOCKED_UNTIL = "IdentityVerification.lockedUntil";

  /** Where a verification stands. */
  public enum State {
    /** Waiting for the person's answer. */
    PENDING,
    /** Answered correctly; may be used once to sign in. */
    VERIFIED,
    /** Used for a sign-in. */
    USED,
    /** Not answered in time. */
    EXPIRED,
    /** Too many wrong answers. */
    EXHAUSTED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "provider_id", nullable = false, length = 20)
  private String providerId;

  /** The keyed hash of the resident number, as in {@link Citizen}: whom this is about. */
  @Column(name = "subject_hash", nullable = false, length = 64)
  private String subjectHash;

  /** Name, mobile number and resident number as claimed, sealed together. */
  @Column(name = "applicant_sealed", nullable = false, length = 600)
  private String applicantSealed;

  /** Keyed hash of the code, token or approval the provider expects; never the value itself. */
  @Column(name = "response_hash", nullable = false, length = 64)
  private String responseHash;

  @Column(name = "client_address", nullable = false, length = 45)
  private String clientAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state = State.PENDING;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  /** Set when this verification ran out of attempts: the person may not verify until then. */
  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected IdentityVerification() {}

  public IdentityVerification(
      String id,
      String providerId,
      String subjectHash,
      String applicantSealed,
      String clientAddress,
      Instant startedAt,
      Instant expiresAt) {
    this.id = Objects.requireNonNull(id);
    this.providerId = Objects.requireNonNull(providerId);
    this.subjectHash = Objects.requireNonNull(subjectHash);
    this.applicantSealed = Objects.requireNonNull(applicantSealed);
    this.clientAddress = Objects.requireNonNull(clientAddress);
    this.startedAt = Objects.requireNonNull(startedAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
    this.responseHash = "";
  }

  public void expect(String responseHash) {
    this.responseHash = Objects.requireNonNull(responseHash);
  }

  public void verified(Instant at) {
    state = State.VERIFIED;
    verifiedAt = at;
  }

  public void expired() {
    state = State.EXPIRED;
  }

  /** A wrong answer; returns the number of wrong answers so far. */
  public int failedAttempt() {
    return ++failedAttempts;
  }

  public void exhausted(Instant lockedUntil) {
    state = State.EXHAUSTED;
    this.lockedUntil = lockedUntil;
  }

  public void used() {
    state = State.USED;
  }

  public String getId() {
    return id;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getSubjectHash() {
    return subjectHash;
  }

  public String getApplicantSealed() {
    return applicantSealed;
  }

  public String getResponseHash() {
    return responseHash;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public State getState() {
    return state;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
