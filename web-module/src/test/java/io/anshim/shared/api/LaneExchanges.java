package io.anshim.shared.api;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

/** Requests as a fast lane sees them before it reads the body: line and headers only. */
public final class LaneExchanges {

  private LaneExchanges() {}

  /** A request without a connection; {@code contentType} null and {@code length} -1 send none. */
  public static HttpServerExchange request(
      HttpString method, String path, String contentType, long length) {
    HttpServerExchange exchange = new HttpServerExchange(null);
    exchange.setRequestMethod(method);
    exchange.setRelativePath(path);
    if (contentType != null) {
      exchange.getRequestHeaders().put(Headers.CONTENT_TYPE, contentType);
    }
    if (length >= 0) {
      exchange.getRequestHeaders().put(Headers.CONTENT_LENGTH, length);
    }
    return exchange;
  }
}
