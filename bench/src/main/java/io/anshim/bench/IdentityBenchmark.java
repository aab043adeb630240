package io.anshim.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity verifications per second that one running node completes with the embedded mobile
 * carrier provider (start, read the code from the demo SMS outbox, answer, sign in), and how long
 * the traffic light takes to turn yellow, then red, once an embedded provider slows down and then
 * fails. Talks HTTP to a running server on this machine only (-Dbench.url, default
 * http://localhost:8080/); the server must allow many verifications from one address, see
 * docs/benchmarks.md.
 */
public final class IdentityBenchmark {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("\\[(\\d{6})\\]");

  private final URI base;
  private final String operator;

  private IdentityBenchmark(URI base, String operator) {
    this.base = base;
    this.operator = operator;
  }

  public static void main(String[] args) throws Exception {
    IdentityBenchmark bench =
        new IdentityBenchmark(
            URI.create(System.getProperty("bench.url", "http://localhost:8080/")),
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("operator1:anshim-demo".getBytes(StandardCharsets.UTF_8)));
    int threads = Integer.getInteger("bench.threads", 16);
    int seconds = Integer.getInteger("bench.seconds", 30);
    bench.verifications(threads, 5);
    bench.verifications(threads, seconds);
    bench.lightReaction();
  }

  /** Completed sign-ins per second with {@code threads} concurrent people for {@code seconds}. */
  private void verifications(int threads, int seconds) throws Exception {
    AtomicInteger completed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong personSeed = new AtomicLong(System.nanoTime() % 1_000_000);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      work.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  long started = System.nanoTime();
                  try {
                    signInOnce(personSeed.incrementAndGet());
                    completed.incrementAndGet();
                    latencies.add(System.nanoTime() - started);
                  } catch (Exception e) {
                    failed.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    System.out.printf(
        "%d threads, %d s: %,d sign-ins completed (%.0f /s), %d failed; per sign-in (4 requests)"
            + " p50 %.1f ms, p99 %.1f ms%n",
        threads,
        seconds,
        completed.get(),
        completed.get() / (double) seconds,
        failed.get(),
        percentile(sorted, 0.50),
        percentile(sorted, 0.99));
  }

  /** One person: start with the carrier provider, read the code, answer it, sign in. */
  private void signInOnce(long seed) throws Exception {
    HttpClient person = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String body =
        "{\"provider\":\"carrier\",\"name\":\"홍길동\",\"residentNumber\":\""
            + residentNumber(seed)
            + "\",\"mobile\":\"010-"
            + String.format("%04d-%04d", (seed / 10_000) % 10_000, seed % 10_000)
            + "\"}";
    String started = post(person, "api/identity/verifications", body, 201);
    String id = first(ID, started);
    String outbox = send(person, get("api/dev/sms-outbox?reference=" + id).build(), 200);
    String code = first(CODE, outbox);
    post(
        person,
        "api/identity/verifications/" + id + "/answer",
        "{\"response\":\"" + code + "\"}",
        200);
    post(person, "api/identity/verifications/" + id + "/sign-in", "", 200);
  }

  /** A valid, distinct resident number for each seed: born 1 January 1970 + seed % 18000 days. */
  private static String residentNumber(long seed) {
    java.time.LocalDate birth = java.time.LocalDate.of(1970, 1, 1).plusDays(seed % 18_000);
    int rest = (int) (seed / 18_000 % 1_000_000);
    return String.format(
        "%02d%02d%02d-%d%06d",
        birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), 1, rest);
  }

  /**
   * The portal provider is made slow (1.2 s per call), then failing, while a steady trickle of
   * people use it; prints how long the public light took to change.
   */
  private void lightReaction() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    simulate(client, 0, 0);
    AtomicLong seed = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000);
    ExecutorService trickle = Executors.newFixedThreadPool(4);
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    for (int i = 0; i < 4; i++) {
      trickle.submit(
          () -> {
            while (running.get()) {
              try {
                startWithPortal(seed.incrementAndGet());
                Thread.sleep(50);
              } catch (Exception ignored) {
                // failures are what the light is to show
              }
            }
            return null;
          });
    }
    Thread.sleep(3_000);
    long slowFrom = System.nanoTime();
    simulate(client, 1_200, 0);
    double toYellow = waitForLight(client, "YELLOW", slowFrom);
    long failingFrom = System.nanoTime();
    simulate(client, 1_200, 1.0);
    double toRed = waitForLight(client, "RED", failingFrom);
    running.set(false);
    trickle.shutdown();
    simulate(client, 0, 0);
    System.out.printf(
        "traffic light of the portal provider: GREEN to YELLOW %.1f s after it slowed to 1.2 s per"
            + " call; YELLOW to RED %.1f s after it started failing%n",
        toYellow, toRed);
  }

  private void startWithPortal(long seed) throws Exception {
    HttpClient person = HttpClient.newHttpClient();
    String body =
        "{\"provider\":\"portal\",\"name\":\"김영희\",\"residentNumber\":\""
            + residentNumber(seed)
            + "\",\"mobile\":\"010-1234-5678\"}";
    send(person, post("api/identity/verifications", body).build(), -1);
  }

  private double waitForLight(HttpClient client, String light, long since) throws Exception {
    Pattern portal = Pattern.compile("\\{[^}]*\"id\"\\s*:\\s*\"portal\"[^}]*\\}");
    while (System.nanoTime() - since < Duration.ofSeconds(180).toNanos()) {
      String providers = send(client, get("api/identity/providers").build(), 200);
      Matcher m = portal.matcher(providers);
      if (m.find() && m.group().contains("\"" + light + "\"")) {
        return (System.nanoTime() - since) / 1e9;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the light did not turn " + light + " within 180 s");
  }

  private void simulate(HttpClient client, long latencyMillis, double failureRate)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/operator/identity/providers/portal/simulation"))
            .header("Authorization", operator)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    "{\"latencyMillis\":"
                        + latencyMillis
                        + ",\"failureRate\":"
                        + failureRate
                        + "}"))
            .build();
    send(client, request, 200);
  }

  private String post(HttpClient client, String path, String body, int expected) throws Exception {
    return send(client, post(path, body).build(), expected);
  }

  private HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET();
  }

  private static String send(HttpClient client, HttpRequest request, int expected)
      throws Exception {
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (expected > 0 && response.statusCode() != expected) {
      throw new IllegalStateException(
          request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("not found in " + text);
    }
    return m.group(1);
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }
}
