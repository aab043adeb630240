package io.anshim.booking.api;

import io.anshim.booking.BookingRequest;
import io.anshim.booking.BookingView;
import io.anshim.booking.Bookings;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenRegistry;
import io.anshim.shared.InvalidRequestException;
import io.anshim.waitingroom.api.AdmissionRequired;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * A signed-in citizen's bookings: POST /api/bookings {centerId, vaccine, date, time} books (with
 * the next dose), GET /api/bookings/mine lists, PUT /api/bookings/{id} {date, time} moves, DELETE
 * /api/bookings/{id} cancels. Same service calls as the booking pages. Booking and moving need the
 * waiting room's admission ({@link AdmissionRequired}); listing and cancelling one's own bookings
 * do not.
 */
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingsResource {

  @Inject private Bookings bookings;
  @Inject private CitizenRegistry registry;
  @Context private HttpServletRequest request;

  @POST
  @AdmissionRequired
  public Response book(BookRequest body) {
    CitizenCaller caller = BookingCaller.of(request);
    if (body == null || body.centerId() == null || body.vaccine() == null) {
      throw new InvalidRequestException("error.booking.slotRequired");
    }
    long person = caller.citizenId();
    String relationship = null;
    if (body.forPerson() != null) {
      // a family member or caregiver books for someone: found (or registered) by name and
      // resident number; the booking policy decides (and audits) whether this proxy may book
      ForPerson other = body.forPerson();
      person =
          registry
              .findOrRegister(
                  caller.citizenId(), other.name(), other.residentNumber(), other.mobile())
              .citizenId();
      relationship = body.relationship();
    }
    List<BookingView> booked =
        bookings.book(body.toRequest(person, caller.citizenId(), relationship));
    return Response.status(Response.Status.CREATED).entity(booked).build();
  }

  @GET
  @Path("mine")
  public List<BookingView> mine() {
    return bookings.mine(BookingCaller.of(request).citizenId());
  }

  @PUT
  @Path("{id}")
  @AdmissionRequired
  public List<BookingView> move(@PathParam("id") long bookingId, MoveRequest body) {
    CitizenCaller caller = BookingCaller.of(request);
    if (body == null) {
      throw new InvalidRequestException("error.booking.dateRequired");
    }
    return bookings.move(
        caller.citizenId(),
        bookingId,
        BookingCaller.requiredDate(body.date()),
        BookingCaller.time("time", body.time()));
  }

  @DELETE
  @Path("{id}")
  public List<BookingView> cancel(@PathParam("id") long bookingId) {
    return bookings.cancel(BookingCaller.of(request).citizenId(), bookingId);
  }

  /**
   * A booking asked for: center, vaccine code, day (2021-08-16) and slot start (09:30); for someone
   * else, {@code "for": {name, residentNumber, mobile}} and the stated {@code relationship}.
   */
  public record BookRequest(
      Long centerId,
      String vaccine,
      String date,
      String time,
      @JsonbProperty("for") ForPerson forPerson,
      String relationship) {

    /**
     * The booking asked for, of {@code person} by {@code booker}; refused if a field is unusable.
     */
    BookingRequest toRequest(long person, long booker, String stated) {
      if (centerId == null || vaccine == null) {
        throw new InvalidRequestException("error.booking.slotRequired");
      }
      return new BookingRequest(
          person,
          booker,
          stated,
          centerId,
          vaccine.strip(),
          BookingCaller.requiredDate(date),
          BookingCaller.time("time", time));
    }
  }

  /** The person a proxy books for; mobile optional (the booker's number gets their messages). */
  public record ForPerson(String name, String residentNumber, String mobile) {}

  /** Where a booked dose moves to: day and slot start at the same center. */
  public record MoveRequest(String date, String time) {}
}
