package io.anshim.booking.policy.api;

import io.anshim.booking.policy.BookingDay;
import io.anshim.booking.policy.BookingPermission;
import io.anshim.booking.policy.BookingPolicy;
import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenRegistry;
import io.anshim.identity.CitizenRegistry.RegisteredPerson;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.api.RequestLanguage;
import io.anshim.shared.web.UserMessages;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The signed-in citizen's booking day, and the policy's answer to "may I book now?" for themselves
 * or, naming the person and the relationship, for someone else. Information only: the booking core
 * asks the same service again when it books. Any client time a request carries is ignored.
 */
@Path("booking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingEligibilityResource {

  @Inject private BookingPolicy policy;
  @Inject private CitizenRegistry registry;
  @Inject private CitizenAccounts accounts;
  @Inject private UserMessages messages;
  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;

  @GET
  @Path("eligibility")
  public EligibilityJson eligibility() {
    BookingDay day = policy.bookingDayFor(caller().citizenId());
    return new EligibilityJson(
        day,
        messages.text(RequestLanguage.of(headers), day.messageKey(), day.arguments().toArray()));
  }

  /** May the caller book for themselves now? 200 with the permission, or 403 with the reason. */
  @POST
  @Path("permission")
  public BookingPermission selfPermission(ClientClaims ignored) {
    long me = caller().citizenId();
    return policy.requirePermission(me, me, null);
  }

  /**
   * A proxy booker names the person (name and resident number; registered if never signed in) and
   * states the relationship; the answer is the person's id and the permission, or 403.
   */
  @POST
  @Path("proxy")
  public ProxyJson proxy(ProxyRequest proxy) {
    long booker = caller().citizenId();
    ProxyRequest asked = proxy == null ? new ProxyRequest(null, null, null, null, null) : proxy;
    RegisteredPerson person =
        registry.findOrRegister(booker, asked.name(), asked.residentNumber(), asked.mobile());
    BookingPermission permission =
        policy.requirePermission(person.citizenId(), booker, asked.relationship());
    return new ProxyJson(person.citizenId(), person.maskedResidentNumber(), permission);
  }

  private CitizenCaller caller() {
    CitizenCaller caller =
        SignedInCitizen.caller(request)
            .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
    if (!accounts.check(caller.sessionId()).open()) {
      throw new CitizenSignInRequiredException("error.identity.signInRequired");
    }
    return caller;
  }

  /** The booking day with its sentence in the request's language. */
  public record EligibilityJson(BookingDay day, String text) {}

  /** Whatever a client claims about the time is read and ignored: only the server clock counts. */
  public record ClientClaims(String clientTime) {}

  public record ProxyRequest(
      String name, String residentNumber, String mobile, String relationship, String clientTime) {}

  public record ProxyJson(
      long personCitizenId, String maskedResidentNumber, BookingPermission permission) {}
}
