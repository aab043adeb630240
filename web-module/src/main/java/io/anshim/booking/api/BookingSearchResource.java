package io.anshim.booking.api;

import io.anshim.booking.CenterAvailability;
import io.anshim.booking.SlotSearch;
import io.anshim.booking.SlotView;
import io.anshim.shared.InvalidRequestException;
import io.anshim.waitingroom.api.AdmissionRequired;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * What a signed-in citizen sees before booking: GET
 * /api/booking/centers?province=11&amp;district=11110&amp;vaccine=PFIZER&amp;from=2021-08-16&amp;days=7
 * (free places per day) and GET /api/booking/centers/{id}/slots?date=2021-08-16. Same service calls
 * as the booking page. Searching to book is part of booking: it needs the waiting room's admission.
 */
@Path("booking")
@AdmissionRequired
@Produces(MediaType.APPLICATION_JSON)
public class BookingSearchResource {

  @Inject private SlotSearch search;
  @Context private HttpServletRequest request;

  @GET
  @Path("centers")
  public List<CenterAvailability> centers(
      @QueryParam("province") String province,
      @QueryParam("district") String district,
      @QueryParam("vaccine") String vaccine,
      @QueryParam("from") String from,
      @QueryParam("days") String days) {
    BookingCaller.of(request);
    return search.centers(province, district, vaccine, BookingCaller.date("from", from), n(days));
  }

  @GET
  @Path("centers/{id}/slots")
  public List<SlotView> slots(@PathParam("id") long centerId, @QueryParam("date") String date) {
    BookingCaller.of(request);
    return search.slots(centerId, BookingCaller.date("date", date));
  }

  private static int n(String days) {
    if (days == null || days.isBlank()) {
      return 7;
    }
    try {
      return Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("error.notANumber", "days", days);
    }
  }
}
