package io.anshim.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON API as the benchmarks' citizens use it: one HTTP/1.1 client, each citizen's cookies and
 * admission token, and the sign-in with the embedded carrier provider.
 */
class BenchApi {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}]+)\"?");
  private static final Pattern CODE = Pattern.compile("\\[(\\d{6})\\]");
  private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

  /** One simulated citizen: the cookies of their own session, and their admission token. */
  static class Citizen {
    final Map<String, String> cookies = new ConcurrentHashMap<>();
    volatile String token;

    String cookieHeader() {
      StringBuilder header = new StringBuilder();
      cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k + "=" + v));
      return header.toString();
    }
  }

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(20))
          .executor(Executors.newFixedThreadPool(8))
          .build();

  BenchApi(URI base) {
    this.base = base;
  }

  URI base() {
    return base;
  }

  HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120)).GET();
  }

  HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  /** Sends as the citizen (cookies, admission token; none when null) and keeps what is set. */
  HttpResponse<String> exchange(Citizen c, HttpRequest.Builder request) throws Exception {
    request.header("Accept", "application/json").header("Accept-Language", "en");
    if (c != null && !c.cookies.isEmpty()) {
      request.header("Cookie", c.cookieHeader());
    }
    if (c != null && c.token != null) {
      request.header("X-Admission-Token", c.token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (c != null) {
      for (String set : response.headers().allValues("set-cookie")) {
        Matcher m = COOKIE.matcher(set);
        if (m.find()) {
          c.cookies.put(m.group(1), m.group(2));
        }
      }
    }
    return response;
  }

  /** The body; fails unless the status is the expected one (any status when -1). */
  String send(Citizen c, HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response = exchange(c, request);
    if (expected >= 0 && response.statusCode() != expected) {
      throw new IllegalStateException(
          request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** The person with this seed signs in with the carrier provider, into the given citizen. */
  <C extends Citizen> C signIn(long seed, C c) throws Exception {
    String body =
        "{\"provider\":\"carrier\",\"name\":\"홍길동\",\"residentNumber\":\""
            + residentNumber(seed)
            + "\",\"mobile\":\"010-"
            + String.format("%04d-%04d", (seed / 10_000) % 10_000, seed % 10_000)
            + "\"}";
    String id = first(ID, send(c, post("api/identity/verifications", body), 201));
    String code = first(CODE, send(c, get("api/dev/sms-outbox?reference=" + id), 200));
    send(
        c,
        post("api/identity/verifications/" + id + "/answer", "{\"response\":\"" + code + "\"}"),
        200);
    send(c, post("api/identity/verifications/" + id + "/sign-in", ""), 200);
    return c;
  }

  /** A valid, distinct resident number for each seed, born 1950-1999. */
  static String residentNumber(long seed) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(seed % 18_000);
    int rest = (int) (seed / 18_000 % 1_000_000);
    return String.format(
        "%02d%02d%02d-%d%06d",
        birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), 2, rest);
  }

  static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in " + text);
    }
    return m.group(1);
  }
}
