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

  /**
   * Whether {@code presentedToken} admits this caller now, by the waiting line alone: the citizen
   * session's state is not read. Only for answers that change nothing and tell nothing the
   * session's own citizen may not know (a slot this node knows is full); everything else asks
   * {@link #requireAdmission}.
   */
  boolean admitsFromMemory(CitizenCaller caller, String presentedToken);
}
