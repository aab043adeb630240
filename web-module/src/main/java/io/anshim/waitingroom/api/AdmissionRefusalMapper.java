package io.anshim.waitingroom.api;

import io.anshim.shared.web.UserMessages;
import io.anshim.waitingroom.AdmissionRequiredException;
import io.anshim.waitingroom.web.AdmissionInSession;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A booking request without a valid admission: 403 {@code {status, error:"admission-required",
 * reason, message, waitingRoom}}, where reason is missing, forged, expired or not_yours.
 */
@Provider
public class AdmissionRefusalMapper implements ExceptionMapper<AdmissionRequiredException> {

  @Inject private UserMessages messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(AdmissionRequiredException refused) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("status", 403)
                .add("error", "admission-required")
                .add("reason", refused.check().name().toLowerCase(Locale.ROOT))
                .add("message", messages.text(language(), refused))
                .add("waitingRoom", AdmissionInSession.WAITING_ROOM_PAGE)
                .build()
                .toString())
        .build();
  }

  private Locale language() {
    for (Locale wanted : headers.getAcceptableLanguages()) {
      if ("ko".equals(wanted.getLanguage())) {
        return Locale.KOREAN;
      }
      if ("en".equals(wanted.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
