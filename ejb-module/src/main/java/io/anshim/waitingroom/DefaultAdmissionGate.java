package io.anshim.waitingroom;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.OpenSessions;
import io.anshim.identity.SessionCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Checks that the citizen session is still open (a token of a session that has ended is worth
 * nothing; {@link OpenSessions}, so the citizen filter's check a moment before is not repeated in
 * the database), then the signature, the person, the session and the time of the token.
 */
@Stateless
@PermitAll
public class DefaultAdmissionGate implements AdmissionGate {

  @Inject private SharedWaitingLine shared;
  @Inject private OpenSessions sessions;

  /**
   * Reads only (the session, when the node's memo does not know it): without a transaction, whose
   * begin and commit took a sixth of the request threads' CPU in the booking race (docs/booking.md,
   * "Session 12").
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void requireAdmission(CitizenCaller caller, String presentedToken) {
    if (caller == null) {
      throw new CitizenSignInRequiredException("error.identity.signInRequired");
    }
    SessionCheck session = sessions.check(caller.sessionId());
    if (!session.open()) {
      throw new CitizenSignInRequiredException(
          session.signedInElsewhere()
              ? "error.identity.signedInElsewhere"
              : "error.identity.signInRequired");
    }
    AdmissionCheck check = shared.line().check(caller, presentedToken);
    if (check != AdmissionCheck.VALID) {
      throw new AdmissionRequiredException(check);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean admitsFromMemory(CitizenCaller caller, String presentedToken) {
    return caller != null && shared.line().check(caller, presentedToken) == AdmissionCheck.VALID;
  }
}
