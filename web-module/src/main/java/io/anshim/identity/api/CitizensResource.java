package io.anshim.identity.api;

import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenProfile;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.SessionView;
import io.anshim.identity.web.SignedInCitizen;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A signed-in citizen's own data: profile, contact details, sessions. Asking for another citizen's
 * id answers 403; the service decides, the same as for the citizen's page.
 */
@Path("citizens/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CitizensResource {

  @Inject private CitizenAccounts accounts;
  @Context private HttpServletRequest request;

  @GET
  public CitizenProfile profile(@PathParam("id") long id) {
    return accounts.profile(caller(), id);
  }

  @PUT
  @Path("contact")
  public CitizenProfile changeContact(@PathParam("id") long id, ContactRequest contact) {
    return accounts.changeMobile(caller(), id, contact == null ? null : contact.mobile());
  }

  @GET
  @Path("sessions")
  public List<SessionView> sessions(@PathParam("id") long id) {
    return accounts.sessions(caller(), id);
  }

  @POST
  @Path("sign-out-everywhere")
  public Response signOutEverywhere(@PathParam("id") long id) {
    accounts.signOutEverywhere(caller(), id);
    SignedInCitizen.forget(request);
    return Response.noContent().build();
  }

  private CitizenCaller caller() {
    return SignedInCitizen.caller(request)
        .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
  }

  /** The contact details a citizen may change. */
  public record ContactRequest(String mobile) {}
}
