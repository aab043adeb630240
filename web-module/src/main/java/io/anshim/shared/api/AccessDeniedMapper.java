package io.anshim.shared.api;

import io.anshim.shared.web.UserMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A service that refused the caller's role answers 403, not 500. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Inject private UserMessages messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException denied) {
    String text = messages.text(RequestLanguage.of(headers), "error.forbidden");
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(403, "error.forbidden", text, List.of()))
        .build();
  }
}
