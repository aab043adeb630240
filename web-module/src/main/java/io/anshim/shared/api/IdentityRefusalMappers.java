package io.anshim.shared.api;

import io.anshim.identity.CitizenAccessDeniedException;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.ProviderUnavailableException;
import io.anshim.identity.VerificationLockedException;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The identity refusals that are not a plain 400: a locked-out or rate-limited person (429 with
 * Retry-After), a provider that is down (503), a citizen without a session (401) or asking for
 * someone else's data (403).
 */
public final class IdentityRefusalMappers {

  private IdentityRefusalMappers() {}

  abstract static class Base<E extends BusinessException> implements ExceptionMapper<E> {

    @Inject UserMessages messages;
    @Context HttpHeaders headers;

    Response.ResponseBuilder answer(int status, E refusal) {
      String text = messages.text(RequestLanguage.of(headers), refusal);
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiError(status, refusal.messageKey(), text, List.of()));
    }
  }

  @Provider
  public static class Locked extends Base<VerificationLockedException> {
    @Override
    public Response toResponse(VerificationLockedException locked) {
      long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
      return answer(429, locked).header("Retry-After", seconds).build();
    }
  }

  @Provider
  public static class Unavailable extends Base<ProviderUnavailableException> {
    @Override
    public Response toResponse(ProviderUnavailableException down) {
      return answer(503, down).build();
    }
  }

  @Provider
  public static class SignInRequired extends Base<CitizenSignInRequiredException> {
    @Override
    public Response toResponse(CitizenSignInRequiredException refusal) {
      return answer(401, refusal).build();
    }
  }

  @Provider
  public static class NotYours extends Base<CitizenAccessDeniedException> {
    @Override
    public Response toResponse(CitizenAccessDeniedException refusal) {
      return answer(403, refusal).build();
    }
  }
}
