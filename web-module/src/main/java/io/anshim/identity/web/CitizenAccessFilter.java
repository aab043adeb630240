package io.anshim.identity.web;

import io.anshim.identity.OpenSessions;
import io.anshim.identity.SessionCheck;
import io.anshim.identity.SignedIn;
import io.anshim.shared.web.UserMessages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Guards the citizen portal (/citizen/*, /booking/*) and the citizen API (/api/citizens/*,
 * /api/identity/session, /api/bookings, /api/booking/*): only with an open citizen session; a
 * session ended by a sign-in elsewhere says so. A signed-in citizen asking for a staff page or
 * staff API gets 403 (also when the staff sign-in form would be forwarded to).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class CitizenAccessFilter extends HttpFilter {

  static final String SIGN_IN_PAGE = "/identity/sign-in.xhtml";
  private static final List<String> CITIZEN_AREAS =
      List.of(
          "/citizen/",
          "/api/citizens/",
          "/api/identity/session",
          "/booking/",
          "/api/bookings",
          "/api/booking/");
  private static final List<String> STAFF_AREAS =
      List.of(
          "/operator/",
          "/vaccinator/",
          "/business/",
          "/investigator/",
          "/admin/",
          "/api/operator/",
          "/api/vaccinator/",
          "/api/business/",
          "/api/investigator/",
          "/api/admin/");

  @Inject private OpenSessions sessions;
  @Inject private UserMessages messages;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = pathOf(request);
    Optional<SignedIn> citizen = SignedInCitizen.of(request);
    if (citizen.isPresent()
        && startsWithAny(path, STAFF_AREAS)
        && request.getUserPrincipal() == null) {
      refuse(request, response, path, HttpServletResponse.SC_FORBIDDEN, "error.forbidden");
      return;
    }
    if (request.getDispatcherType() == DispatcherType.REQUEST
        && startsWithAny(path, CITIZEN_AREAS)) {
      boolean elsewhere = SignedInCitizen.endedElsewhere(request);
      if (citizen.isEmpty() && !elsewhere) {
        signInFirst(request, response, path, "error.identity.signInRequired", "");
        return;
      }
      SessionCheck check =
          citizen.isPresent()
              ? sessions.check(citizen.get().sessionId())
              : new SessionCheck(false, true);
      if (!check.open()) {
        elsewhere = check.signedInElsewhere();
        SignedInCitizen.forget(request);
        SignedInCitizen.rememberEndedElsewhere(request, elsewhere);
        signInFirst(
            request,
            response,
            path,
            elsewhere ? "error.identity.signedInElsewhere" : "error.identity.signInRequired",
            elsewhere ? "?ended=elsewhere" : "?ended=signed-out");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The path asked for; for the staff sign-in form forwarded to, the page it stands in for. */
  private static String pathOf(HttpServletRequest request) {
    if (request.getDispatcherType() == DispatcherType.FORWARD) {
      Object original = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
      Object info = request.getAttribute(RequestDispatcher.FORWARD_PATH_INFO);
      if (original != null) {
        return original + (info == null ? "" : info.toString());
      }
    }
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  private void signInFirst(
      HttpServletRequest request,
      HttpServletResponse response,
      String path,
      String key,
      String query)
      throws IOException {
    String target = request.getContextPath() + SIGN_IN_PAGE + query;
    if (path.startsWith("/api/")) {
      json(request, response, HttpServletResponse.SC_UNAUTHORIZED, key);
    } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // an Ajax request of an older tab: Faces follows only a redirect in a partial response
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(target);
    }
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, String path, int status, String key)
      throws IOException {
    if (path.startsWith("/api/")) {
      json(request, response, status, key);
    } else {
      response.sendError(status);
    }
  }

  private void json(
      HttpServletRequest request, HttpServletResponse response, int status, String key)
      throws IOException {
    Locale locale = "ko".equals(request.getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", status)
                .add("error", key)
                .add("message", messages.text(locale, key))
                .add("fields", Json.createArrayBuilder())
                .build()
                .toString());
  }

  private static boolean startsWithAny(String path, List<String> prefixes) {
    return prefixes.stream().anyMatch(path::startsWith);
  }
}
