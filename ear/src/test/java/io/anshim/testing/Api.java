package io.anshim.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JSON client for the Anshim API, as an app or a script would call it. */
public final class Api {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private String authorization;
  private String language = "en";

  public Api(URL deploymentUrl) {
    this.base = URI.create(deploymentUrl.toString().replaceAll("/?$", "/"));
  }

  /** Sends HTTP Basic credentials from now on, as a staff tool does. */
  public Api as(String username, String password) {
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Api inLanguage(String language) {
    this.language = language;
    return this;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply put(String path, JsonStructure body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Sends any text as a JSON body, e.g. a malformed one. */
  public Reply putText(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply post(String path, JsonStructure body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header("Accept-Language", language);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: the status and the body, parsed as JSON on demand. */
  public record Reply(int status, String body) {

    public JsonValue json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readValue();
      }
    }

    public JsonObject object() {
      return json().asJsonObject();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
