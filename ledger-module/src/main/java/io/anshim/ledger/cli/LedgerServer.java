package io.anshim.ledger.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plain-text side of a running server's /api/ledger, as the auditor reads it (no JSON needed).
 */
final class LedgerServer {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  LedgerServer(String url) throws CliException {
    try {
      this.base = URI.create(url.replaceAll("/?$", "/"));
    } catch (IllegalArgumentException e) {
      throw new CliException("--url is not a URL: " + url, e);
    }
  }

  String text(String path) throws CliException {
    URI uri = base.resolve(path);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "text/plain")
            .GET()
            .build();
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new CliException(
            "GET " + uri + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new CliException(
          "GET "
              + uri
              + " failed: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted", e);
    }
  }

  List<String> lines(String path) throws CliException {
    List<String> lines = new ArrayList<>();
    Arrays.stream(text(path).split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .forEach(lines::add);
    return lines;
  }
}
