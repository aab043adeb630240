package io.anshim.shared.api;

import io.anshim.booking.policy.BookingNotAllowedException;
import io.anshim.identity.CitizenAccessDeniedException;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.ProviderUnavailableException;
import io.anshim.identity.VerificationLockedException;
import io.anshim.shared.BusinessException;
import io.anshim.shared.ConflictException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.ValidationFailedException;
import io.anshim.shared.web.UserMessages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How every API answers a refusal the caller caused, never a 500: the status, the headers that go
 * with it and the {@link ApiError} body. {@link BusinessExceptionMapper} answers with it for
 * JAX-RS, and the fast lanes in front of the servlet pipeline for themselves, so both give the same
 * answer.
 *
 * <ul>
 *   <li>400 a request that cannot be taken, with the broken fields of a failed validation;
 *   <li>401 a citizen without an open session; 403 a citizen asking for someone else's data, or one
 *       the booking policy does not let book now ({@code X-Booking-Refusal} says why, {@code
 *       X-Booking-Opens-At} when, if booking will open);
 *   <li>404 something unknown; 409 a conflict with the present state (a full slot, say);
 *   <li>429 a person locked out of verifying for a while ({@code Retry-After}); 503 an identity
 *       provider that is down.
 * </ul>
 */
public record ApiRefusal(int status, Map<String, String> headers, ApiError body) {

  public ApiRefusal {
    headers = Map.copyOf(headers);
  }

  public static ApiRefusal of(BusinessException refusal, Locale locale, UserMessages messages) {
    int status = statusOf(refusal);
    Map<String, String> headers = new LinkedHashMap<>();
    if (refusal instanceof VerificationLockedException locked) {
      long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
      headers.put("Retry-After", Long.toString(seconds));
    }
    if (refusal instanceof BookingNotAllowedException notAllowed) {
      headers.put("X-Booking-Refusal", notAllowed.reason().name());
      if (notAllowed.opensAt() != null) {
        headers.put("X-Booking-Opens-At", notAllowed.opensAt().toString());
      }
    }
    List<ApiError.FieldError> fields =
        refusal instanceof ValidationFailedException invalid
            ? invalid.violations().stream()
                .map(
                    v ->
                        new ApiError.FieldError(
                            v.field(), messages.violation(locale, v.messageTemplate())))
                .toList()
            : List.of();
    return new ApiRefusal(
        status,
        headers,
        new ApiError(status, refusal.messageKey(), messages.text(locale, refusal), fields));
  }

  static int statusOf(BusinessException refusal) {
    if (refusal instanceof VerificationLockedException) {
      return 429;
    }
    if (refusal instanceof ProviderUnavailableException) {
      return 503;
    }
    if (refusal instanceof CitizenSignInRequiredException) {
      return 401;
    }
    if (refusal instanceof CitizenAccessDeniedException
        || refusal instanceof BookingNotAllowedException) {
      return 403;
    }
    if (refusal instanceof NotFoundException) {
      return 404;
    }
    if (refusal instanceof ConflictException) {
      return 409;
    }
    return 400;
  }

  /** The answer as JAX-RS sends it. */
  public Response response() {
    Response.ResponseBuilder answer =
        Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    headers.forEach(answer::header);
    return answer.build();
  }
}
