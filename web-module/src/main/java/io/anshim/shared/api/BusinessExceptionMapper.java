package io.anshim.shared.api;

import io.anshim.shared.BusinessException;
import io.anshim.shared.ConflictException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.ValidationFailedException;
import io.anshim.shared.web.UserMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A refusal the caller caused becomes 400, 404 or 409 with a clear message, never a 500. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Inject private UserMessages messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException refusal) {
    Locale locale = RequestLanguage.of(headers);
    Status status = statusOf(refusal);
    List<ApiError.FieldError> fields =
        refusal instanceof ValidationFailedException invalid
            ? invalid.violations().stream()
                .map(
                    v ->
                        new ApiError.FieldError(
                            v.field(), messages.violation(locale, v.messageTemplate())))
                .toList()
            : List.of();
    ApiError body =
        new ApiError(
            status.getStatusCode(), refusal.messageKey(), messages.text(locale, refusal), fields);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static Status statusOf(BusinessException refusal) {
    if (refusal instanceof NotFoundException) {
      return Status.NOT_FOUND;
    }
    if (refusal instanceof ConflictException) {
      return Status.CONFLICT;
    }
    return Status.BAD_REQUEST;
  }
}
