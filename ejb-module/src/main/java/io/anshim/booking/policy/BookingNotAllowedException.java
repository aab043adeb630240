package io.anshim.booking.policy;

import io.anshim.shared.BusinessException;
import java.time.Instant;

/**
 * The booking policy refuses: the person may not book (or be booked for) now. Carries the reason
 * and, for "not yet", when booking opens, so the booking core and screens can say so.
 */
public class BookingNotAllowedException extends BusinessException {

  public enum Reason {
    NO_WINDOW("error.policy.noWindow"),
    NOT_YET("error.policy.notYet"),
    CLOSED("error.policy.closed"),
    PROXY_NOT_ALLOWED("error.policy.proxyNotAllowed"),
    RELATIONSHIP_REQUIRED("error.policy.relationshipRequired"),
    RELATIONSHIP_NOT_ALLOWED("error.policy.relationshipNotAllowed");

    private final String messageKey;

    Reason(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private final Reason reason;
  private final Instant opensAt;

  public BookingNotAllowedException(Reason reason, Instant opensAt, Object... arguments) {
    super(reason.messageKey(), arguments);
    this.reason = reason;
    this.opensAt = opensAt;
  }

  public Reason reason() {
    return reason;
  }

  /** When booking opens for the person, for {@link Reason#NOT_YET}; otherwise null. */
  public Instant opensAt() {
    return opensAt;
  }
}
