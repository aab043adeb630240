package io.anshim.certificate.api;

import io.anshim.certificate.CertificateCheck;
import io.anshim.certificate.CertificateVerification;
import io.anshim.shared.api.LaneRequests;
import io.anshim.shared.api.SharedJsonb;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code POST /api/certificates/verify}, the busiest call of the system (every door that checks a
 * certificate), answered by an Undertow handler in front of the servlet pipeline: the body is read
 * without blocking on the I/O thread, and the same check as {@link CertificatesResource} runs: on
 * the I/O thread when it needs only memory ({@link CertificateVerification#verifyFromMemory}, a
 * certificate verified on this node before), else {@link CertificateVerification#verify} on a
 * worker thread, which may read the register. Handing a request to a worker cost about a third of
 * the server's time per verification (docs/benchmarks.md). The answer is the same JSON through the
 * same {@link SharedJsonb} instance, written without blocking. The servlet pipeline (security
 * context, request listeners, filter chain, JAX-RS) cost about as much CPU as the verification
 * itself, and this call needs none of it: it is public, reads only and stores nothing.
 *
 * <p>Anything else goes on to the servlets unchanged: other paths and methods, other media types,
 * bodies without a length or over {@link #MAX_BODY}, and bodies it does not read plainly (broken
 * JSON, a non-text field), which {@link CertificatesResource} then answers as every API does. Such
 * a body, already read here, is handed back to Undertow to be read again.
 */
public final class VerificationFastLane implements HttpHandler {

  static final String PATH = "/api/certificates/verify";

  /** HC1 texts are well under 2 KB; a larger body goes the long way and gets its answer there. */
  static final long MAX_BODY = 16 * 1024;

  /**
   * Made once: {@code Json.createParser} looks its provider up through the class loader each time.
   */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private final HttpHandler servlets;
  private final ClassLoader deployment;
  private static final Set<String> MEDIA_TYPES = Set.of("application/json", "text/plain");

  private final Supplier<CertificateVerification> verification =
      LaneRequests.lazily(CertificateVerification.class);

  /**
   * @param servlets the deployment's servlet pipeline, for every request this lane does not take
   * @param deployment the web module's class loader, which CDI and JSON-B expect as the thread's
   */
  VerificationFastLane(HttpHandler servlets, ClassLoader deployment) {
    this.servlets = servlets;
    this.deployment = deployment;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!takes(exchange)) {
      servlets.handleRequest(exchange);
      return;
    }
    exchange.getRequestReceiver().receiveFullBytes(this::received);
  }

  /** Whether this lane answers the request; decided from the request line and headers alone. */
  static boolean takes(HttpServerExchange exchange) {
    return LaneRequests.postWithBody(exchange, PATH, MAX_BODY, MEDIA_TYPES);
  }

  private void received(HttpServerExchange exchange, byte[] body) {
    String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    Charset charset = LaneRequests.charset(contentType);
    Optional<ShownText> shown =
        LaneRequests.mediaType(contentType).equals("text/plain")
            ? Optional.of(new ShownText(new String(body, charset)))
            : textField(body, charset);
    if (shown.isEmpty()) {
      LaneRequests.toTheServlets(exchange, body, servlets);
      return;
    }
    String text = shown.get().text();
    if (!answered(exchange, verification -> verification.verifyFromMemory(text))) {
      exchange.dispatch(
          () -> answered(exchange, verification -> Optional.of(verification.verify(text))));
    }
  }

  /** Sends the check if {@code check} gives one; run in the deployment's class loader. */
  private boolean answered(
      HttpServerExchange exchange,
      Function<CertificateVerification, Optional<CertificateCheck>> check) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(deployment);
    try {
      Optional<CertificateCheck> result = check.apply(verification.get());
      if (result.isEmpty()) {
        return false;
      }
      byte[] json = SharedJsonb.JSONB.toJson(result.get()).getBytes(StandardCharsets.UTF_8);
      exchange.setStatusCode(200);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
      exchange.getResponseSender().send(ByteBuffer.wrap(json));
      return true;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The text to check; null when the request had none, as JSON-B reads {@code {}}. */
  record ShownText(String text) {}

  /**
   * The "text" of a JSON object as JSON-B would bind it to {@link
   * CertificatesResource.VerifyRequest}: a string or null, other members ignored. Empty when the
   * body is not such an object, so that the resource answers it.
   */
  static Optional<ShownText> textField(byte[] body, Charset charset) {
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body), charset)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        return Optional.empty();
      }
      String text = null;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.END_OBJECT) {
          return parser.hasNext() ? Optional.empty() : Optional.of(new ShownText(text));
        }
        String name = parser.getString();
        JsonParser.Event value = parser.next();
        if (name.equals("text")) {
          if (value == JsonParser.Event.VALUE_STRING) {
            text = parser.getString();
          } else if (value == JsonParser.Event.VALUE_NULL) {
            text = null;
          } else {
            return Optional.empty();
          }
        } else if (value == JsonParser.Event.START_OBJECT) {
          parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
          parser.skipArray();
        }
      }
      return Optional.empty();
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      return Optional.empty();
    }
  }
}
