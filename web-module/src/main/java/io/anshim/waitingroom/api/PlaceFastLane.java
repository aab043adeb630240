package io.anshim.waitingroom.api;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.waitingroom.PlaceView;
import io.anshim.waitingroom.SharedWaitingLine;
import io.anshim.waitingroom.web.AdmissionInSession;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The waiting room's two busiest calls, {@code POST /api/waiting-room/places} (join) and {@code GET
 * /api/waiting-room/places/mine} (poll), answered straight from the line for a signed-in citizen:
 * no JAX-RS dispatch, no EJB call, no JSON binding, no session made. The answer is the same JSON
 * {@link WaitingRoomResource} gives (same fields, same order). Everything else (no citizen in the
 * session, no place held, another method) goes on to {@link WaitingRoomResource}, which answers the
 * errors as every other API does.
 */
@WebFilter(urlPatterns = {"/api/waiting-room/places", "/api/waiting-room/places/mine"})
public class PlaceFastLane extends HttpFilter {

  @Inject private SharedWaitingLine shared;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<CitizenCaller> caller = SignedInCitizen.caller(request);
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    PlaceView place = null;
    if (caller.isPresent()) {
      if ("POST".equals(request.getMethod()) && path.equals("/api/waiting-room/places")) {
        place = shared.line().join(caller.get());
      } else if ("GET".equals(request.getMethod())
          && path.equals("/api/waiting-room/places/mine")) {
        place = shared.line().mine(caller.get()).orElse(null);
      }
    }
    if (place == null) {
      chain.doFilter(request, response);
      return;
    }
    if (place.admitted()) {
      AdmissionInSession.remember(request, place.token());
    }
    byte[] body = json(place).getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** As JSON-B writes a {@link PlaceView}: properties in alphabetical order, nulls left out. */
  static String json(PlaceView place) {
    StringBuilder json = new StringBuilder(place.admitted() ? 288 : 120);
    json.append("{\"admitted\":")
        .append(place.admitted())
        .append(",\"ahead\":")
        .append(place.ahead())
        .append(",\"estimatedWaitSeconds\":")
        .append(place.estimatedWaitSeconds());
    if (place.expiresAt() != null) {
      json.append(",\"expiresAt\":\"").append(place.expiresAt()).append('"');
    }
    json.append(",\"position\":")
        .append(place.position())
        .append(",\"progress\":")
        .append(place.progress())
        .append(",\"ticket\":")
        .append(place.ticket());
    if (place.token() != null) {
      // a token is base64url text and '.', nothing JSON must escape
      json.append(",\"token\":\"").append(place.token()).append('"');
    }
    return json.append('}').toString();
  }
}
