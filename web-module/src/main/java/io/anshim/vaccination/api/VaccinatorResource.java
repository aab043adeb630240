package io.anshim.vaccination.api;

import io.anshim.booking.leftover.LeftoverDoses;
import io.anshim.booking.leftover.LeftoverOfferView;
import io.anshim.booking.leftover.LeftoverPost;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.api.StaffApi;
import io.anshim.vaccination.DayBooking;
import io.anshim.vaccination.DaySheet;
import io.anshim.vaccination.DoseEntry;
import io.anshim.vaccination.RecordedDose;
import io.anshim.vaccination.VaccinatorsDay;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The vaccinator's day for apps at the center: the day's bookings, doses given, no-shows and
 * leftover doses. The center is the signed-in vaccinator's own; the same service calls as the page
 * /vaccinator/day.xhtml.
 */
@StaffApi
@Path("vaccinator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VaccinatorResource {

  @Inject private VaccinatorsDay day;
  @Inject private LeftoverDoses leftovers;

  @GET
  @Path("day")
  public DaySheet day(@QueryParam("date") String date) {
    return day.day(parseDate(date));
  }

  @POST
  @Path("bookings/{id}/vaccination")
  public Response recordVaccination(@PathParam("id") long bookingId, DoseEntry entry) {
    RecordedDose recorded = day.recordVaccination(bookingId, entry);
    return Response.status(Response.Status.CREATED).entity(recorded).build();
  }

  @POST
  @Path("bookings/{id}/no-show")
  public DayBooking markNoShow(@PathParam("id") long bookingId) {
    return day.markNoShow(bookingId);
  }

  @GET
  @Path("leftovers")
  public List<LeftoverOfferView> leftovers() {
    return leftovers.todaysOffers();
  }

  @POST
  @Path("leftovers")
  public LeftoverOfferView postLeftovers(LeftoverPost post) {
    return leftovers.post(post);
  }

  @DELETE
  @Path("leftovers/{id}")
  public LeftoverOfferView withdrawLeftovers(@PathParam("id") long offerId) {
    return leftovers.withdraw(offerId);
  }

  private static LocalDate parseDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("error.vaccinator.dateFormat", text);
    }
  }
}
