package io.anshim.booking.leftover.api;

import io.anshim.booking.leftover.LeftoverBooking;
import io.anshim.booking.leftover.LeftoverCenter;
import io.anshim.booking.leftover.LeftoverDoses;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.InvalidRequestException;
import io.anshim.waitingroom.api.AdmissionRequired;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Leftover doses for citizens: centers with doses left today by district or nearest first from a
 * location (public), and taking one (the signed-in citizen, for themselves only).
 */
@Path("leftovers")
@Produces(MediaType.APPLICATION_JSON)
public class LeftoversResource {

  @Inject private LeftoverDoses leftovers;
  @Context private HttpServletRequest request;

  @GET
  public List<LeftoverCenter> find(
      @QueryParam("district") String district,
      @QueryParam("lat") String latitude,
      @QueryParam("lon") String longitude) {
    if (district != null && !district.isBlank()) {
      return leftovers.inDistrict(district.strip());
    }
    if (latitude == null && longitude == null) {
      throw new InvalidRequestException("error.leftover.whereRequired");
    }
    return leftovers.near(number(latitude), number(longitude));
  }

  @POST
  @Path("{offerId}/bookings")
  @AdmissionRequired
  public Response take(@PathParam("offerId") long offerId) {
    LeftoverBooking booking = leftovers.take(SignedInCitizen.caller(request).orElse(null), offerId);
    return Response.status(Response.Status.CREATED).entity(booking).build();
  }

  private static Double number(String text) {
    try {
      return text == null ? null : Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("error.leftover.location");
    }
  }
}
