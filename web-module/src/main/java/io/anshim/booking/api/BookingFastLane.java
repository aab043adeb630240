package io.anshim.booking.api;

import io.anshim.booking.BookingRequest;
import io.anshim.booking.BookingView;
import io.anshim.booking.Bookings;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.SignedIn;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.BusinessException;
import io.anshim.shared.api.ApiError;
import io.anshim.shared.api.ApiRefusal;
import io.anshim.shared.api.LaneRequests;
import io.anshim.shared.api.LaneSessions;
import io.anshim.shared.api.RequestLanguage;
import io.anshim.shared.api.SharedJsonb;
import io.anshim.shared.web.UserMessages;
import io.anshim.waitingroom.AdmissionGate;
import io.anshim.waitingroom.web.AdmissionInSession;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.json.bind.JsonbException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /api/bookings} for oneself, the call a booking evening's load comes down on (every
 * admitted citizen, most of them for a slot already full), answered by an Undertow handler in front
 * of the servlet pipeline: the body is read without blocking on the I/O thread, then a worker
 * thread does what the servlets would do for it, in the same order and through the same services:
 * the session's citizen, the waiting room's gate ({@link AdmissionGate}, which also checks that the
 * citizen's session is open), the body as {@link BookingsResource.BookRequest}, and {@link
 * Bookings#bookLater}, whose answer comes after its batch's commit, with no thread waiting for it
 * meanwhile. The answer is the same JSON through the same {@link SharedJsonb} instance: 201 with
 * the booked doses, or the refusal as {@link ApiRefusal} writes it for every API. The servlet
 * pipeline around it (security context, filter chain, JAX-RS) cost about a quarter of the server's
 * CPU in the booking race (docs/booking.md, "Session 9").
 *
 * <p>Everything that is not that goes on to the servlets unchanged, and {@link BookingsResource}
 * (with the citizen filter and the gate's JAX-RS filter before it) answers it as before: no citizen
 * in the session, a session not open or a missing, expired or foreign admission (the servlets
 * answer 401, or put the citizen in the line and answer 403), a booking for someone else (the proxy
 * rules, which may register that person), and a body that is not plainly a booking. Nothing is
 * changed before a request is handed on; a body already read is handed back to be read again.
 */
public final class BookingFastLane implements HttpHandler {

  static final String PATH = "/api/bookings";

  /** A booking's JSON is under 200 bytes; a proxy booking, which this lane leaves, a few more. */
  static final long MAX_BODY = 4 * 1024;

  private static final Set<String> MEDIA_TYPES = Set.of("application/json");

  /** A booking that failed for no rule: the citizen is asked to look at their bookings. */
  static final String NOT_COMPLETED = "error.booking.notCompleted";

  private static final Logger LOG = Logger.getLogger(BookingFastLane.class.getName());

  private final HttpHandler servlets;
  private final LaneSessions sessions;
  private final ClassLoader deployment;
  private final Supplier<AdmissionGate> gate = LaneRequests.lazily(AdmissionGate.class);
  private final Supplier<Bookings> bookings = LaneRequests.lazily(Bookings.class);
  private final Supplier<UserMessages> messages = LaneRequests.lazily(UserMessages.class);

  BookingFastLane(HttpHandler servlets, ServletContextImpl context, DeploymentInfo info) {
    this.servlets = servlets;
    this.sessions = new LaneSessions(context, info);
    this.deployment = info.getClassLoader();
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!takes(exchange)) {
      servlets.handleRequest(exchange);
      return;
    }
    // the booking waits for its batch's commit: read the body here, book on a worker thread
    exchange
        .getRequestReceiver()
        .receiveFullBytes((received, body) -> received.dispatch(() -> book(received, body)));
  }

  /** Whether this lane may take the request; decided from the request line and headers alone. */
  static boolean takes(HttpServerExchange exchange) {
    return LaneRequests.postWithBody(exchange, PATH, MAX_BODY, MEDIA_TYPES);
  }

  private void book(HttpServerExchange exchange, byte[] body) {
    withDeploymentLoader(
        () -> {
          Session session = sessions.of(exchange);
          Optional<SignedIn> citizen =
              session == null ? Optional.empty() : SignedInCitizen.of(session::getAttribute);
          Optional<BookingRequest> request =
              citizen.flatMap(
                  signedIn ->
                      ownBooking(
                          body,
                          LaneRequests.charset(
                              exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE)),
                          signedIn.citizenId()));
          if (request.isEmpty()) {
            LaneRequests.toTheServlets(exchange, body, servlets);
            return;
          }
          CitizenCaller caller = citizen.get().caller();
          String token =
              AdmissionInSession.presented(
                  exchange.getRequestHeaders().getFirst(AdmissionInSession.HEADER),
                  session::getAttribute);
          Optional<BusinessException> known =
              gate.get().admitsFromMemory(caller, token)
                  ? bookings.get().refusalFromMemory(request.get())
                  : Optional.empty();
          if (known.isPresent()) {
            refuse(exchange, known.get());
          } else if (admitted(caller, token)) {
            bookLater(exchange, request.get());
          } else {
            LaneRequests.toTheServlets(exchange, body, servlets);
            return;
          }
          session.requestDone(exchange);
        });
  }

  /**
   * Queues the booking and lets this thread go: the answer is sent once the batch has committed, by
   * the connection's I/O thread (the batch's own thread only hands it on). Waiting requests hold no
   * thread, so a node's worker threads do not cap how many bookings share a batch. Not a worker
   * thread for the answer: on a busy evening the workers' queue holds thousands of requests, and a
   * committed booking's answer would wait behind them.
   */
  private void bookLater(HttpServerExchange exchange, BookingRequest request) {
    CompletionStage<List<BookingView>> booking;
    try {
      booking = bookings.get().bookLater(request);
    } catch (BusinessException refused) {
      refuse(exchange, refused);
      return;
    }
    booking.whenComplete(
        (booked, failure) ->
            exchange
                .getIoThread()
                .execute(() -> withDeploymentLoader(() -> answer(exchange, booked, failure))));
  }

  private void answer(HttpServerExchange exchange, List<BookingView> booked, Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause == null) {
      send(exchange, 201, SharedJsonb.JSONB.toJson(booked));
    } else if (cause instanceof BusinessException refused) {
      refuse(exchange, refused);
    } else {
      LOG.log(Level.WARNING, "a booking could not be completed", cause);
      Locale language =
          RequestLanguage.of(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
      send(
          exchange,
          500,
          SharedJsonb.JSONB.toJson(
              new ApiError(
                  500, NOT_COMPLETED, messages.get().text(language, NOT_COMPLETED), List.of())));
    }
  }

  private void withDeploymentLoader(Runnable work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(deployment);
    try {
      work.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * The gate's whole check, the citizen session's state included; its refusals are the servlets'.
   */
  private boolean admitted(CitizenCaller caller, String token) {
    try {
      gate.get().requireAdmission(caller, token);
      return true;
    } catch (BusinessException refused) {
      return false;
    }
  }

  /**
   * The body as {@link BookingsResource} reads it, as a citizen's booking for themselves; empty for
   * a body it would refuse or a booking for someone else.
   */
  static Optional<BookingRequest> ownBooking(byte[] body, Charset charset, long citizenId) {
    BookingsResource.BookRequest asked;
    try {
      asked =
          SharedJsonb.JSONB.fromJson(new String(body, charset), BookingsResource.BookRequest.class);
    } catch (JsonbException unreadable) {
      return Optional.empty();
    }
    if (asked == null || asked.forPerson() != null) {
      return Optional.empty();
    }
    try {
      return Optional.of(asked.toRequest(citizenId, citizenId, null));
    } catch (BusinessException refused) {
      return Optional.empty();
    }
  }

  private void refuse(HttpServerExchange exchange, BusinessException refused) {
    ApiRefusal refusal =
        ApiRefusal.of(
            refused,
            RequestLanguage.of(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE)),
            messages.get());
    refusal
        .headers()
        .forEach((name, value) -> exchange.getResponseHeaders().put(new HttpString(name), value));
    send(exchange, refusal.status(), SharedJsonb.JSONB.toJson(refusal.body()));
  }

  private static void send(HttpServerExchange exchange, int status, String json) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseSender().send(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
  }
}
