package io.anshim.ledger;

import io.anshim.testing.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The test server as the ledger ITs reach it: the JSON API, its text/plain side, and the test
 * hooks.
 */
final class LedgerServer {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  LedgerServer() {
    int offset = Integer.getInteger("anshim.it.port.offset", 100);
    this.base = URI.create("http://127.0.0.1:" + (8080 + offset) + "/");
  }

  String url() {
    return base.toString();
  }

  Api api() {
    try {
      return new Api(new URL(url()));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  Api.Reply text(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/plain").GET());
  }

  Api.Reply postText(String path, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "text/plain;charset=utf-8")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** Appends entries through the ledger's EJB API and returns their indices. */
  List<Long> append(int count) {
    Api.Reply reply = postText("ledger-test/append?count=" + count, "");
    if (reply.status() != 200) {
      throw new IllegalStateException("append failed: " + reply);
    }
    return Arrays.stream(reply.body().split("\n"))
        .filter(s -> !s.isBlank())
        .map(Long::parseLong)
        .toList();
  }

  /**
   * Overwrites an entry's stored leaf data directly in the database; returns the previous value.
   */
  String tamper(long index, String leafDataHex) {
    Api.Reply reply =
        postText("ledger-test/tamper?index=" + index + "&leafData=" + leafDataHex, "");
    if (reply.status() != 200) {
      throw new IllegalStateException("tamper failed: " + reply);
    }
    return reply.body().strip();
  }

  private Api.Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(120)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
