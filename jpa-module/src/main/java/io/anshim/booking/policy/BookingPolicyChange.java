package io.anshim.booking.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change an operator made to the booking policy: who, when, what. Never updated. */
@Entity
@Table(name = "booking_policy_change")
@NamedQuery(
    name = BookingPolicyChange.LATEST,
    query = "SELECT c FROM BookingPolicyChange c ORDER BY c.changedAt DESC, c.id DESC")
@NamedQuery(name = BookingPolicyChange.COUNT, query = "SELECT COUNT(c) FROM BookingPolicyChange c")
public class BookingPolicyChange {

  public static final String LATEST = "BookingPolicyChange.latest";
  public static final String COUNT = "BookingPolicyChange.count";

  public enum Action {
    WINDOW_CREATED,
    WINDOW_CHANGED,
    WINDOW_DELETED,
    MEMBER_ADDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_policy_change_seq")
  @SequenceGenerator(
      name = "booking_policy_change_seq",
      sequenceName = "booking_policy_change_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 80)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 20)
  private Action action;

  @Column(name = "window_id", updatable = false)
  private Long windowId;

  @Column(name = "group_code", updatable = false, length = 30)
  private String groupCode;

  @Column(name = "details", nullable = false, updatable = false, length = 2000)
  private String details;

  protected BookingPolicyChange() {}

  public BookingPolicyChange(
      String changedBy,
      Instant changedAt,
      Action action,
      Long windowId,
      String groupCode,
      String details) {
    this.changedBy = Objects.requireNonNull(changedBy);
    this.changedAt = Objects.requireNonNull(changedAt);
    this.action = Objects.requireNonNull(action);
    this.windowId = windowId;
    this.groupCode = groupCode;
    this.details =
        details.length() > 2000
            ? details.substring(0, 1997) + "..."
            : Objects.requireNonNull(details);
  }

  public Long getId() {
    return id;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public Action getAction() {
    return action;
  }

  public Long getWindowId() {
    return windowId;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public String getDetails() {
    return details;
  }
}
