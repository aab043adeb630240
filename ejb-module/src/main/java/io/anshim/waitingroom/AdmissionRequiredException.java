package io.anshim.waitingroom;

import io.anshim.shared.BusinessException;

/**
 * A booking page or API was asked for without a valid admission; the message key says why (missing,
 * forged, expired, not yours) and the person goes back to the waiting room.
 */
public class AdmissionRequiredException extends BusinessException {

  private final AdmissionCheck check;

  public AdmissionRequiredException(AdmissionCheck check) {
    super(check.messageKey());
    this.check = check;
  }

  public AdmissionCheck check() {
    return check;
  }
}
