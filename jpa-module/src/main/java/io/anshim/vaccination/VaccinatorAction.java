package io.anshim.vaccination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the vaccinators' audit trail: who did what at which center, and when. */
@Entity
@Table(name = "vaccinator_action")
public class VaccinatorAction {

  /** What a vaccinator did. */
  public enum Kind {
    VACCINATED,
    NO_SHOW,
    LEFTOVER_POSTED,
    LEFTOVER_WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vaccinator_action_seq")
  @SequenceGenerator(
      name = "vaccinator_action_seq",
      sequenceName = "vaccinator_action_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private Instant actedAt;

  @Column(name = "username", nullable = false, updatable = false, length = 80)
  private String username;

  @Column(name = "center_id", nullable = false, updatable = false)
  private long centerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 20)
  private Kind action;

  @Column(name = "booking_id", updatable = false)
  private Long bookingId;

  @Column(name = "offer_id", updatable = false)
  private Long offerId;

  @Column(name = "detail", nullable = false, updatable = false, length = 200)
  private String detail;

  protected VaccinatorAction() {}

  public VaccinatorAction(
      Instant actedAt,
      String username,
      long centerId,
      Kind action,
      Long bookingId,
      Long offerId,
      String detail) {
    this.actedAt = Objects.requireNonNull(actedAt, "actedAt");
    this.username = Objects.requireNonNull(username, "username");
    this.centerId = centerId;
    this.action = Objects.requireNonNull(action, "action");
    this.bookingId = bookingId;
    this.offerId = offerId;
    String text = Objects.requireNonNull(detail, "detail");
    this.detail = text.length() > 200 ? text.substring(0, 200) : text;
  }

  public Long getId() {
    return id;
  }

  public Instant getActedAt() {
    return actedAt;
  }

  public String getUsername() {
    return username;
  }

  public long getCenterId() {
    return centerId;
  }

  public Kind getAction() {
    return action;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public Long getOfferId() {
    return offerId;
  }

  public String getDetail() {
    return detail;
  }
}
