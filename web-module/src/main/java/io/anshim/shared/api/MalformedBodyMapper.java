package io.anshim.shared.api;

import io.anshim.shared.web.UserMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A request body the server cannot read (broken JSON, a wrong type for a field) is the caller's
 * mistake: 400 with a clear message for every API, never a 500.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

  @Inject private UserMessages messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException unreadable) {
    String text = messages.text(RequestLanguage.of(headers), "error.malformedBody");
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(400, "error.malformedBody", text, List.of()))
        .build();
  }
}
