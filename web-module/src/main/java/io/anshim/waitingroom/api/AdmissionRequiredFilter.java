package io.anshim.waitingroom.api;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.waitingroom.AdmissionGate;
import io.anshim.waitingroom.AdmissionRequiredException;
import io.anshim.waitingroom.WaitingRoom;
import io.anshim.waitingroom.web.AdmissionInSession;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The admission gate for {@link AdmissionRequired} APIs. A refused person is given a place in the
 * line (or keeps theirs) before the 403 says so; {@link AdmissionRefusalMapper} writes the answer.
 */
@Provider
@AdmissionRequired
@Priority(Priorities.AUTHORIZATION)
public class AdmissionRequiredFilter implements ContainerRequestFilter {

  @Inject private AdmissionGate gate;
  @Inject private WaitingRoom waitingRoom;
  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    CitizenCaller caller =
        SignedInCitizen.caller(request)
            .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
    try {
      gate.requireAdmission(caller, AdmissionInSession.presented(request));
    } catch (AdmissionRequiredException refused) {
      waitingRoom.join(caller);
      throw refused;
    }
  }
}
