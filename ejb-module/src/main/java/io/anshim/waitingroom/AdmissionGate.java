package io.anshim.waitingroom;

import io.anshim.identity.CitizenCaller;
import jakarta.ejb.Local;

/**
 * The check in front of every booking page and booking API: only a person the waiting room
 * admitted, in the session it admitted them in, before the admission runs out.
 */
@Local
public interface AdmissionGate {

  /**
   * Returns if {@code presentedToken} admits this caller now; otherwise throws {@link
   * AdmissionRequiredException} whose message key says why (missing, forged, expired, not yours). A
   * caller whose citizen session has ended (signed out, signed in elsewhere) is refused with
   * CitizenSignInRequiredException.
   */
  void requireAdmission(CitizenCaller caller, String presentedToken);
}
