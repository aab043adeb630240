package io.anshim.shared.api;

import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.Headers;
import io.undertow.util.ImmediatePooledByteBuffer;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.xnio.channels.StreamSourceChannel;

/**
 * What the fast lanes (Undertow handlers in front of the servlet pipeline, for the few calls that
 * carry a nation's load) share: which requests they may take, the body's charset, handing a request
 * on to the servlets with its body readable again, and their CDI beans, looked up on first use.
 */
public final class LaneRequests {

  private LaneRequests() {}

  /**
   * A POST to exactly {@code path} with a body of a known length up to {@code maxBody} in one of
   * {@code mediaTypes}, and no {@code Expect: 100-continue} (which the servlets answer); decided
   * from the request line and headers alone.
   */
  public static boolean postWithBody(
      HttpServerExchange exchange, String path, long maxBody, Set<String> mediaTypes) {
    if (!Methods.POST.equals(exchange.getRequestMethod())
        || !path.equals(exchange.getRelativePath())
        || HttpContinue.requiresContinueResponse(exchange.getRequestHeaders())) {
      return false;
    }
    long length = exchange.getRequestContentLength();
    return length >= 0
        && length <= maxBody
        && mediaTypes.contains(
            mediaType(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE)));
  }

  /** The media type without parameters, in lower case; empty when none is given. */
  public static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** The charset the request names, UTF-8 when it names none or one unknown (as JSON-B reads). */
  public static Charset charset(String contentType) {
    String name =
        contentType == null ? null : Headers.extractQuotedValueFromHeader(contentType, "charset");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * The body, already read by a lane, goes back to Undertow, readable once more, and the request on
   * to the servlets, which answer it as every other request (from the I/O thread or a worker).
   */
  public static void toTheServlets(HttpServerExchange exchange, byte[] body, HttpHandler servlets) {
    Connectors.resetRequestChannel(exchange);
    StreamSourceChannel channel = exchange.getRequestChannel();
    channel.getReadSetter().set(null);
    channel.suspendReads();
    Connectors.ungetRequestBytes(exchange, new ImmediatePooledByteBuffer(ByteBuffer.wrap(body)));
    Connectors.resetRequestChannel(exchange);
    try {
      servlets.handleRequest(exchange);
    } catch (Exception e) {
      throw new IllegalStateException("the servlets could not take the request", e);
    }
  }

  /**
   * A CDI bean looked up on first use: a lane is made before the deployment's CDI container starts.
   */
  public static <T> Supplier<T> lazily(Class<T> type) {
    return new Supplier<>() {
      private volatile T known;

      @Override
      public T get() {
        T bean = known;
        if (bean == null) {
          bean = CDI.current().select(type).get();
          known = bean;
        }
        return bean;
      }
    };
  }
}
