package io.anshim.certificate.api;

import io.anshim.certificate.CertificateCheck;
import io.anshim.certificate.CertificateVerification;
import io.anshim.shared.api.SharedJsonb;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * {@code POST /api/certificates/verify}, the busiest call of the system (every door that checks a
 * certificate), answered without the JAX-RS dispatch: the body is read once, the same {@link
 * CertificateVerification#verify} as {@link CertificatesResource} is called, and the answer is the
 * same JSON through the same {@link SharedJsonb} instance. A body it does not read plainly (broken
 * JSON, a non-text field, another media type) goes on to {@link CertificatesResource} unchanged,
 * which answers it as every other API does.
 */
@WebFilter(urlPatterns = "/api/certificates/verify")
public class VerificationFastLane extends HttpFilter {

  /**
   * Made once: {@code Json.createParser} looks its provider up through the class loader each time.
   */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  @Inject private CertificateVerification verification;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String mediaType = mediaType(request.getContentType());
    if (!"POST".equals(request.getMethod())
        || !(mediaType.equals("application/json") || mediaType.equals("text/plain"))) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    Optional<ShownText> shown =
        mediaType.equals("text/plain")
            ? Optional.of(new ShownText(new String(body, charset(request))))
            : textField(body, charset(request));
    if (shown.isEmpty()) {
      chain.doFilter(new ReadAgain(request, body), response);
      return;
    }
    CertificateCheck check = verification.verify(shown.get().text());
    byte[] json = SharedJsonb.JSONB.toJson(check).getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
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

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Charset charset(HttpServletRequest request) {
    try {
      return request.getCharacterEncoding() == null
          ? StandardCharsets.UTF_8
          : Charset.forName(request.getCharacterEncoding());
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The request with its body, already read here, readable once more by the resource. */
  private static final class ReadAgain extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body was read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), charset(this)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
