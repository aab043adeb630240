package io.anshim.booking.policy.api;

import io.anshim.booking.policy.BookingWindowForm;
import io.anshim.booking.policy.BookingWindowView;
import io.anshim.booking.policy.BookingWindows;
import io.anshim.booking.policy.PolicyChangeView;
import io.anshim.booking.policy.ProxyDecisionView;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.Page;
import io.anshim.shared.PageRequest;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Booking windows for operators and tools: list, create, change, delete, and the two audit trails
 * (changes to the policy, proxy decisions). Same service calls as the operator screen. Times and
 * days are Korea time, e.g. {@code "opensAt": "2026-08-13T20:00:00"}.
 */
@StaffApi
@Path("operator/booking-windows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorBookingWindowsResource {

  @Inject private BookingWindows windows;

  @GET
  public List<BookingWindowView> windows() {
    return windows.windows();
  }

  @POST
  public Response create(BookingWindowForm form) {
    BookingWindowView created = windows.createWindow(form);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id: [0-9]+}")
  public BookingWindowForm editable(@PathParam("id") long id) {
    return windows.editableWindow(id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  public BookingWindowView update(@PathParam("id") long id, BookingWindowForm form) {
    return windows.updateWindow(id, form);
  }

  @DELETE
  @Path("{id: [0-9]+}")
  public Response delete(@PathParam("id") long id) {
    windows.deleteWindow(id);
    return Response.noContent().build();
  }

  @GET
  @Path("audit")
  public Page<PolicyChangeView> audit(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return windows.changes(pageOf(page, size));
  }

  @GET
  @Path("proxy-audit")
  public Page<ProxyDecisionView> proxyAudit(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return windows.proxyDecisions(pageOf(page, size));
  }

  static PageRequest pageOf(String page, String size) {
    return new PageRequest(number("page", page, 0), number("size", size, PageRequest.DEFAULT_SIZE));
  }

  private static int number(String name, String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("error.notANumber", name, text);
    }
  }
}
