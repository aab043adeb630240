package io.anshim.shared.api;

import io.anshim.shared.web.UserMessages;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Staff API calls sign in with HTTP Basic against the staff security domain (or reuse the browser's
 * signed-in session). Without valid credentials the answer is 401 with a Basic challenge, never the
 * HTML login form. Roles are then checked by the services themselves.
 */
@StaffApi
@Provider
@Priority(Priorities.AUTHENTICATION)
public class StaffApiAuthentication implements ContainerRequestFilter {

  private static final String BASIC = "Basic ";

  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;
  @Inject private UserMessages messages;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.getUserPrincipal() != null) {
      return;
    }
    String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      String[] credentials = decode(authorization.substring(BASIC.length()).strip());
      if (credentials != null && signIn(credentials[0], credentials[1])) {
        return;
      }
    }
    String text = messages.text(RequestLanguage.of(headers), "error.signInRequired");
    context.abortWith(
        Response.status(Response.Status.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Anshim staff\", charset=\"UTF-8\"")
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new ApiError(401, "error.signInRequired", text, List.of()))
            .build());
  }

  private boolean signIn(String username, String password) {
    try {
      request.login(username, password);
      return true;
    } catch (ServletException refused) {
      return false;
    }
  }

  private static String[] decode(String token) {
    try {
      String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
