package io.anshim.waitingroom.api;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.waitingroom.AdmissionView;
import io.anshim.waitingroom.PlaceView;
import io.anshim.waitingroom.WaitingRoom;
import io.anshim.waitingroom.web.AdmissionInSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * A signed-in citizen's place in the waiting room: join (or get back the place they hold) and poll
 * it. When the poll finds them admitted, the token is also kept in their HTTP session.
 */
@Path("waiting-room")
@Produces(MediaType.APPLICATION_JSON)
public class WaitingRoomResource {

  @Inject private WaitingRoom waitingRoom;
  @Context private HttpServletRequest request;

  @POST
  @Path("places")
  public PlaceView join() {
    return kept(waitingRoom.join(caller()));
  }

  @GET
  @Path("places/mine")
  public PlaceView mine() {
    return kept(waitingRoom.mine(caller()));
  }

  /** Whether the current person and session hold a valid admission, and until when. */
  @GET
  @Path("admission")
  @AdmissionRequired
  public AdmissionView admission() {
    return waitingRoom.admission(caller(), AdmissionInSession.presented(request));
  }

  private PlaceView kept(PlaceView place) {
    if (place.admitted()) {
      AdmissionInSession.remember(request, place.token());
    }
    return place;
  }

  private CitizenCaller caller() {
    return SignedInCitizen.caller(request)
        .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
  }
}
