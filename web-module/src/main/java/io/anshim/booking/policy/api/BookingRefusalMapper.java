package io.anshim.booking.policy.api;

import io.anshim.booking.policy.BookingNotAllowedException;
import io.anshim.shared.api.ApiError;
import io.anshim.shared.api.RequestLanguage;
import io.anshim.shared.web.UserMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The booking policy's no is a 403 (the request is fine, the person may not book now), with the
 * reason as the error code and when booking opens, if it will.
 */
@Provider
public class BookingRefusalMapper implements ExceptionMapper<BookingNotAllowedException> {

  @Inject private UserMessages messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BookingNotAllowedException refusal) {
    ApiError body =
        new ApiError(
            Response.Status.FORBIDDEN.getStatusCode(),
            refusal.messageKey(),
            messages.text(RequestLanguage.of(headers), refusal),
            List.of());
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("X-Booking-Refusal", refusal.reason().name())
        .header(
            "X-Booking-Opens-At", refusal.opensAt() == null ? null : refusal.opensAt().toString())
        .entity(body)
        .build();
  }
}
