package io.anshim.waitingroom.api;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.api.LaneRequests;
import io.anshim.shared.api.LaneSessions;
import io.anshim.waitingroom.PlaceView;
import io.anshim.waitingroom.SharedWaitingLine;
import io.anshim.waitingroom.web.AdmissionInSession;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The waiting room's two busiest calls, {@code POST /api/waiting-room/places} (join) and {@code GET
 * /api/waiting-room/places/mine} (poll), answered straight from the line for a signed-in citizen by
 * an Undertow handler in front of the servlet pipeline: no hand-off to a worker thread, no security
 * context, no filters, no JAX-RS, no EJB call, no JSON binding, no session made. The session is the
 * servlets' own, found through the deployment's session manager and touched as the servlets touch
 * it at the end of a request ({@code Session.requestDone}, which keeps it from timing out). The
 * answer is the same JSON {@link WaitingRoomResource} gives (same fields, same order). Everything
 * else (no citizen in the session, no place held, another path or method) goes on to the servlets,
 * where {@link WaitingRoomResource} answers the errors as every other API does.
 *
 * <p>The line's caches are local to the node, so the answer is computed on the I/O thread. Were
 * they clustered, a join or poll could wait on the network, and the request is handed to a worker
 * thread first.
 */
public final class PlaceFastLane implements HttpHandler {

  static final String PLACES = "/api/waiting-room/places";
  static final String MINE = "/api/waiting-room/places/mine";

  private final HttpHandler servlets;
  private final LaneSessions sessions;
  private final ClassLoader deployment;
  private final Supplier<SharedWaitingLine> shared = LaneRequests.lazily(SharedWaitingLine.class);

  PlaceFastLane(HttpHandler servlets, ServletContextImpl context, DeploymentInfo info) {
    this.servlets = servlets;
    this.sessions = new LaneSessions(context, info);
    this.deployment = info.getClassLoader();
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean join = Methods.POST.equals(exchange.getRequestMethod());
    boolean poll = Methods.GET.equals(exchange.getRequestMethod());
    String path = exchange.getRelativePath();
    if (!(join && PLACES.equals(path)) && !(poll && MINE.equals(path))) {
      servlets.handleRequest(exchange);
      return;
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(deployment);
    try {
      SharedWaitingLine line = shared.get();
      if (exchange.isInIoThread() && !line.local()) {
        exchange.dispatch(this);
        return;
      }
      Session session = sessions.of(exchange);
      Optional<CitizenCaller> caller =
          session == null ? Optional.empty() : SignedInCitizen.caller(session::getAttribute);
      PlaceView place = null;
      if (caller.isPresent()) {
        place = join ? line.line().join(caller.get()) : line.line().mine(caller.get()).orElse(null);
      }
      if (place == null) {
        servlets.handleRequest(exchange);
        return;
      }
      if (place.admitted()) {
        AdmissionInSession.remember(session::getAttribute, session::setAttribute, place.token());
      }
      session.requestDone(exchange);
      exchange.setStatusCode(200);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
      exchange
          .getResponseSender()
          .send(ByteBuffer.wrap(json(place).getBytes(StandardCharsets.UTF_8)));
    } finally {
      thread.setContextClassLoader(previous);
    }
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
