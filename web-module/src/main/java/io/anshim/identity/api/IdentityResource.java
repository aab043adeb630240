package io.anshim.identity.api;

import io.anshim.identity.ApplicantForm;
import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.IdentityVerifications;
import io.anshim.identity.ProviderStatus;
import io.anshim.identity.SignedIn;
import io.anshim.identity.VerificationStarted;
import io.anshim.identity.web.SignedInCitizen;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Citizen sign-in by identity verification, for apps and tests: the same service calls as the
 * sign-in page. Signing in binds the caller's HTTP session (cookie) to the citizen.
 */
@Path("identity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityResource {

  @Inject private IdentityVerifications verifications;
  @Inject private CitizenAccounts accounts;
  @Context private HttpServletRequest request;

  /** Every provider with its traffic light; the sign-in page shows the same. */
  @GET
  @Path("providers")
  public List<ProviderStatus> providers() {
    return verifications.providers();
  }

  @POST
  @Path("verifications")
  public Response start(VerificationRequest body) {
    VerificationRequest asked =
        body == null ? new VerificationRequest(null, null, null, null) : body;
    VerificationStarted started =
        verifications.start(
            asked.provider(),
            new ApplicantForm(asked.name(), asked.residentNumber(), asked.mobile()),
            request.getRemoteAddr());
    return Response.status(Response.Status.CREATED).entity(started).build();
  }

  @POST
  @Path("verifications/{id}/answer")
  public VerificationStarted answer(@PathParam("id") String id, AnswerRequest body) {
    return verifications.answer(id, body == null ? null : body.response());
  }

  @POST
  @Path("verifications/{id}/sign-in")
  public SignedInJson signIn(@PathParam("id") String id) {
    SignedIn citizen = verifications.signIn(id, SignedInCitizen.device(request));
    SignedInCitizen.remember(request, citizen);
    return SignedInJson.of(citizen);
  }

  /**
   * Where an OpenID Connect server sends the browser back: the code answers the verification named
   * by {@code state}, and this browser's session is signed in. Browsers go on to their page; other
   * clients get the citizen as JSON.
   */
  @GET
  @Path("oidc/callback")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  public Response oidcCallback(
      @QueryParam("state") String state,
      @QueryParam("code") String code,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    verifications.answer(state, code == null ? "" : code);
    SignedIn citizen = verifications.signIn(state, SignedInCitizen.device(request));
    SignedInCitizen.remember(request, citizen);
    if (accept != null && accept.startsWith(MediaType.TEXT_HTML)) { // browsers ask for HTML first
      return Response.seeOther(URI.create(request.getContextPath() + "/citizen/home.xhtml"))
          .build();
    }
    return Response.ok(SignedInJson.of(citizen), MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Who this session is signed in as (guarded: 401 without an open citizen session). */
  @GET
  @Path("session")
  public SignedInJson session() {
    return SignedInCitizen.of(request)
        .map(SignedInJson::of)
        .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
  }

  @DELETE
  @Path("session")
  public Response signOut() {
    SignedInCitizen.of(request).ifPresent(c -> accounts.signOut(c.sessionId()));
    SignedInCitizen.forget(request);
    return Response.noContent().build();
  }

  /** The start of a verification: which provider, and who the person says they are. */
  public record VerificationRequest(
      String provider, String name, String residentNumber, String mobile) {}

  /** The code typed, or the approval token of the messenger's link. */
  public record AnswerRequest(String response) {}

  /** A signed-in citizen, without the internal session id. */
  public record SignedInJson(long citizenId, String name, boolean firstSignIn) {
    static SignedInJson of(SignedIn citizen) {
      return new SignedInJson(citizen.citizenId(), citizen.name(), citizen.firstSignIn());
    }
  }
}
