package io.anshim.bench;

import io.anshim.identity.CitizenCaller;
import io.anshim.waitingroom.AdmissionSigner;
import io.anshim.waitingroom.Place;
import io.anshim.waitingroom.WaitingLine;
import io.anshim.waitingroom.WaitingRoomSettings;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;

/**
 * The waiting room: joins per second, status polls per second, admission accuracy against the set
 * rate, with p50/p99 latencies. Two parts: (1) in-process, the server's {@link WaitingLine} over
 * embedded Infinispan local caches configured like wildfly-config's (no HTTP); (2) over HTTP
 * against a running server (-Dbench.url, default http://localhost:8080/; skip with
 * -Dbench.http=false), with citizens signed in through the embedded carrier provider. See
 * docs/waiting-room.md for the command and what each figure means.
 */
public final class WaitingRoomBenchmark {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*(\\d+)");
  private static final Pattern CODE = Pattern.compile("\\[(\\d{6})\\]");
  private static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*([0-9.Ee+-]+)");

  public static void main(String[] args) throws Exception {
    int threads = Integer.getInteger("bench.threads", 8);
    int seconds = Integer.getInteger("bench.seconds", 10);
    if (!"false".equals(System.getProperty("bench.inProcess"))) {
      inProcess(threads, seconds);
    }
    if (!"false".equals(System.getProperty("bench.http"))) {
      new Http(URI.create(System.getProperty("bench.url", "http://localhost:8080/")))
          .run(Integer.getInteger("bench.httpThreads", 32), seconds);
    }
  }

  // ---------------------------------------------------------------- in-process

  private static void inProcess(int threads, int seconds) throws Exception {
    System.out.printf(
        "== in-process: WaitingLine over embedded Infinispan local caches, %d threads, %d cores%n",
        threads, Runtime.getRuntime().availableProcessors());
    GlobalConfigurationBuilder global = GlobalConfigurationBuilder.defaultClusteredBuilder();
    global.nonClusteredDefault();
    try (DefaultCacheManager manager = new DefaultCacheManager(global.build())) {
      manager.defineConfiguration("waiting-room-places", new ConfigurationBuilder().build());
      manager.defineConfiguration("waiting-room-tickets", new ConfigurationBuilder().build());
      manager.defineConfiguration("waiting-room-state", new ConfigurationBuilder().build());
      Cache<Long, Place> places = manager.getCache("waiting-room-places");
      Cache<Long, Long> tickets = manager.getCache("waiting-room-tickets");
      Cache<String, Object> state = manager.getCache("waiting-room-state");
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      state.put("settings", new WaitingRoomSettings(1_000_000, 600, 60));
      WaitingLine line =
          new WaitingLine(places, tickets, state, new AdmissionSigner(key), Clock.systemUTC());

      // warm-up, then fresh joins: every join is a new person with a new ticket
      AtomicLong nextCitizen = new AtomicLong(1);
      measure(
          "warm-up joins",
          threads,
          2,
          t -> line.join(new CitizenCaller(nextCitizen.getAndIncrement(), "s")));
      // a long line: nobody is admitted while the joins and polls are measured
      line.change(new WaitingRoomSettings(0.001, 600, 3_600));
      long joinedBefore = nextCitizen.get();
      Result joins =
          measure(
              "joins (new person, new ticket)",
              threads,
              seconds,
              t -> line.join(new CitizenCaller(nextCitizen.getAndIncrement(), "s")));
      long people = nextCitizen.get() - joinedBefore;
      Result polls =
          measure(
              "status polls (a waiting person's place)",
              threads,
              seconds,
              t ->
                  line.mine(
                      new CitizenCaller(
                          joinedBefore
                              + java.util.concurrent.ThreadLocalRandom.current().nextLong(people),
                          "s")));
      System.out.println(joins);
      System.out.println(polls);

      // accuracy: a backlog of people polling while the line admits at the set rate
      for (double rate : new double[] {50, 1_000, 5_000}) {
        places.clear();
        tickets.clear();
        state.clear();
        state.put("settings", new WaitingRoomSettings(0.001, 600, 3_600));
        WaitingLine fresh =
            new WaitingLine(places, tickets, state, new AdmissionSigner(key), Clock.systemUTC());
        accuracyInProcess(fresh, rate, threads, seconds);
      }
    }
  }

  private static void accuracyInProcess(WaitingLine line, double rate, int threads, int seconds)
      throws Exception {
    long base = 10_000_000L * (long) (rate + 1);
    int backlog = (int) Math.max(2_000, rate * (seconds + 3) * 1.5);
    line.change(new WaitingRoomSettings(0.001, 600, 3_600));
    for (long i = 0; i < backlog; i++) {
      line.join(new CitizenCaller(base + i, "s"));
    }
    Thread.sleep(1_100); // let the tiny rate's one-second allowance pass
    line.change(new WaitingRoomSettings(rate, 600, 3_600));
    Thread.sleep(1_100); // the first second's allowance is the burst; measure the steady rate
    Set<Long> admitted = ConcurrentHashMap.newKeySet();
    long servedBefore = line.figures().servedUpTo();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      work.add(
          pool.submit(
              () -> {
                long i = offset;
                while (System.nanoTime() < end) {
                  long citizen = base + (i % backlog);
                  line.mine(new CitizenCaller(citizen, "s"))
                      .filter(p -> p.admitted() && p.ticket() > servedBefore)
                      .ifPresent(p -> admitted.add(p.ticket()));
                  i += threads;
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long served = line.figures().servedUpTo() - servedBefore;
    System.out.printf(
        "admission at %,.0f/s set: line served %,.1f/s (%+.2f%%); %,d people whose turn came in"
            + " the window saw 'admitted' on their poll; %.1f s%n",
        rate, served / elapsed, 100 * (served / elapsed / rate - 1), admitted.size(), elapsed);
  }

  // ---------------------------------------------------------------- HTTP

  /** The same figures through the REST API of a running server. */
  private static final class Http {
    private final URI base;
    private final String operator =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("operator1:anshim-demo".getBytes(StandardCharsets.UTF_8));

    Http(URI base) {
      this.base = base;
    }

    void run(int threads, int seconds) throws Exception {
      int people = Integer.getInteger("bench.people", 200);
      System.out.printf(
          "== HTTP: %s, %d client threads, %d signed-in people (their own sessions)%n",
          base, threads, people);
      HttpClient admin = HttpClient.newHttpClient();
      String found =
          send(admin, get("api/operator/waiting-room").header("Authorization", operator));
      try {
        List<HttpClient> sessions = signIn(people, threads);
        settings(admin, "{\"ratePerSecond\":0.001,\"placeIdleSeconds\":3600}");
        for (HttpClient session : sessions) {
          send(session, post("api/waiting-room/places"));
        }
        // the load: one kept-alive connection per thread, prepared request bytes per person
        List<byte[]> joinRequests = new ArrayList<>();
        List<byte[]> pollRequests = new ArrayList<>();
        for (HttpClient session : sessions) {
          String cookie = "Cookie: " + cookieHeader(session) + "\r\n";
          joinRequests.add(
              KeepAliveConnection.request(base, "POST", "api/waiting-room/places", cookie, ""));
          pollRequests.add(
              KeepAliveConnection.request(base, "GET", "api/waiting-room/places/mine", cookie, ""));
        }
        KeepAliveConnection[] connections = new KeepAliveConnection[threads];
        for (int t = 0; t < threads; t++) {
          connections[t] = new KeepAliveConnection(base);
        }
        AtomicLong n = new AtomicLong();
        measure(
            "warm-up",
            threads,
            3,
            t -> exchange(connections[t], pollRequests.get((int) (n.getAndIncrement() % people))));
        Cpu cpu = Cpu.now();
        Result joins =
            measure(
                "HTTP POST /api/waiting-room/places (join or get my place back)",
                threads,
                seconds,
                t ->
                    exchange(
                        connections[t], joinRequests.get((int) (n.getAndIncrement() % people))));
        String joinCpu = cpu.since(joins.seconds());
        cpu = Cpu.now();
        Result polls =
            measure(
                "HTTP GET /api/waiting-room/places/mine (poll)",
                threads,
                seconds,
                t ->
                    exchange(
                        connections[t], pollRequests.get((int) (n.getAndIncrement() % people))));
        String pollCpu = cpu.since(polls.seconds());
        for (KeepAliveConnection c : connections) {
          c.close();
        }
        System.out.println(joins + "; " + joinCpu);
        System.out.println(polls + "; " + pollCpu);
        // an admission rate is counted in whole people: the longer the window, the less its two
        // edges (an admission just before the end not yet polled) weigh
        int accuracySeconds = Integer.getInteger("bench.accuracySeconds", seconds);
        for (double rate : new double[] {20, 50}) {
          accuracy(admin, sessions, rate, threads, accuracySeconds);
        }
      } finally {
        settings(
            admin,
            "{\"ratePerSecond\":"
                + number(found, "ratePerSecond")
                + ",\"admissionSeconds\":"
                + (long) number(found, "admissionSeconds")
                + ",\"placeIdleSeconds\":"
                + (long) number(found, "placeIdleSeconds")
                + "}");
      }
    }

    /**
     * People keep polling; an admission lasts one second, after which they join again at the back,
     * so the line never runs dry. Counts the distinct tickets the server admitted.
     */
    private void accuracy(
        HttpClient admin, List<HttpClient> sessions, double rate, int threads, int seconds)
        throws Exception {
      settings(admin, "{\"ratePerSecond\":0.001,\"admissionSeconds\":1}");
      Thread.sleep(1_100);
      for (HttpClient session : sessions) {
        send(session, post("api/waiting-room/places"));
      }
      settings(admin, "{\"ratePerSecond\":" + rate + "}");
      Thread.sleep(1_500);
      double servedBefore =
          number(
              send(admin, get("api/operator/waiting-room").header("Authorization", operator)),
              "servedUpTo");
      Set<Long> admitted = ConcurrentHashMap.newKeySet();
      long start = System.nanoTime();
      long end = start + seconds * 1_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        work.add(
            pool.submit(
                () -> {
                  int i = offset;
                  while (System.nanoTime() < end) {
                    HttpClient session = sessions.get(i % sessions.size());
                    HttpResponse<String> r = sendQuietly(session, mine());
                    if (r != null && r.body().contains("\"admitted\":true")) {
                      Matcher ticket = TICKET.matcher(r.body());
                      if (ticket.find() && Long.parseLong(ticket.group(1)) > servedBefore) {
                        admitted.add(Long.parseLong(ticket.group(1)));
                      }
                    }
                    if (r != null
                        && (r.statusCode() == 404 || r.body().contains("\"admitted\":true"))) {
                      sendQuietly(session, post("api/waiting-room/places"));
                    }
                    i += threads;
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      double elapsed = (System.nanoTime() - start) / 1e9;
      double served =
          number(
                  send(admin, get("api/operator/waiting-room").header("Authorization", operator)),
                  "servedUpTo")
              - servedBefore;
      System.out.printf(
          "HTTP admission at %,.0f/s set: %,.1f people/s admitted as their polls saw it (%+.2f%%);"
              + " line served %,.1f tickets/s; over %.1f s with %d people polling and rejoining%n",
          rate,
          admitted.size() / elapsed,
          100 * (admitted.size() / elapsed / rate - 1),
          served / elapsed,
          elapsed,
          sessions.size());
    }

    private List<HttpClient> signIn(int people, int threads) throws Exception {
      List<HttpClient> sessions = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicLong seed = new AtomicLong(System.nanoTime() % 1_000_000_000L);
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 16));
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        work.add(
            pool.submit(
                () -> {
                  HttpClient person =
                      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                  signInOnce(person, seed.incrementAndGet());
                  sessions.add(person);
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      return new ArrayList<>(sessions);
    }

    private void signInOnce(HttpClient person, long seed) throws Exception {
      // born 1950-1999 (digit 2): one born in 2000 would be read as 1900, and 1900-02-29 is no date
      String resident = BenchApi.residentNumber(seed);
      String body =
          "{\"provider\":\"carrier\",\"name\":\"대기자\",\"residentNumber\":\""
              + resident
              + "\",\"mobile\":\"010-"
              + String.format("%04d-%04d", (seed / 10_000) % 10_000, seed % 10_000)
              + "\"}";
      String id = first(ID, send(person, json("api/identity/verifications", body)));
      String code = first(CODE, send(person, get("api/dev/sms-outbox?reference=" + id)));
      send(
          person,
          json("api/identity/verifications/" + id + "/answer", "{\"response\":\"" + code + "\"}"));
      send(person, json("api/identity/verifications/" + id + "/sign-in", ""));
    }

    /** One request on the thread's connection; anything but 200 counts as failed. */
    private static void exchange(KeepAliveConnection connection, byte[] request) {
      try {
        int status = connection.exchange(request);
        if (status != 200) {
          throw new IllegalStateException("answered " + status + ": " + connection.body);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static String cookieHeader(HttpClient session) {
      CookieManager cookies = (CookieManager) session.cookieHandler().orElseThrow();
      return cookies.getCookieStore().getCookies().stream()
          .map(c -> c.getName() + "=" + c.getValue())
          .collect(java.util.stream.Collectors.joining("; "));
    }

    private void settings(HttpClient admin, String body) throws Exception {
      send(
          admin,
          HttpRequest.newBuilder(base.resolve("api/operator/waiting-room"))
              .header("Authorization", operator)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder mine() {
      return get("api/waiting-room/places/mine");
    }

    private HttpRequest.Builder get(String path) {
      return HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET();
    }

    private HttpRequest.Builder post(String path) {
      return json(path, "");
    }

    private HttpRequest.Builder json(String path, String body) {
      return HttpRequest.newBuilder(base.resolve(path))
          .header("Accept", "application/json")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String send(HttpClient client, HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    }

    private static HttpResponse<String> sendQuietly(
        HttpClient client, HttpRequest.Builder request) {
      try {
        HttpResponse<String> response =
            client.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 500) {
          throw new IllegalStateException("server error " + response.statusCode());
        }
        return response;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static double number(String json, String field) {
      Matcher m = Pattern.compile(String.format(NUMBER.pattern(), field)).matcher(json);
      if (!m.find()) {
        throw new IllegalStateException(field + " not in " + json);
      }
      return Double.parseDouble(m.group(1));
    }

    private static String first(Pattern pattern, String text) {
      Matcher m = pattern.matcher(text);
      if (!m.find()) {
        throw new IllegalStateException("not found in " + text);
      }
      return m.group(1);
    }
  }

  // ---------------------------------------------------------------- measuring

  /**
   * CPU time of this load generator and, with -Dbench.serverPid, of the server (Linux /proc), to
   * tell how the machine's cores were shared during a measurement.
   */
  record Cpu(long clientNanos, long serverTicks) {
    static Cpu now() {
      return new Cpu(
          ((com.sun.management.OperatingSystemMXBean)
                  java.lang.management.ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime(),
          readServerTicks());
    }

    String since(double seconds) {
      Cpu after = now();
      int cores = Runtime.getRuntime().availableProcessors();
      double client = (after.clientNanos - clientNanos) / 1e9 / seconds;
      String text =
          String.format(
              "load generator CPU %.2f cores (%.0f%% of %d)", client, 100 * client / cores, cores);
      if (serverTicks >= 0 && after.serverTicks >= 0) {
        // USER_HZ is 100 on Linux
        double server = (after.serverTicks - serverTicks) / 100.0 / seconds;
        text += String.format(", server CPU %.2f cores (%.0f%%)", server, 100 * server / cores);
      }
      return text + String.format(", load average %s", loadAverage());
    }

    private static long readServerTicks() {
      String pid = System.getProperty("bench.serverPid");
      if (pid == null) {
        return -1;
      }
      try {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (java.io.IOException | RuntimeException e) {
        return -1;
      }
    }

    static String loadAverage() {
      try {
        String[] parts =
            java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
      } catch (java.io.IOException e) {
        return "?";
      }
    }
  }

  record Result(String what, long operations, double seconds, long failed, double p50, double p99) {
    @Override
    public String toString() {
      return String.format(
          "%s: %,d in %.1f s = %,.0f /s, %d failed; latency p50 %.3f ms, p99 %.3f ms",
          what, operations, seconds, operations / seconds, failed, p50, p99);
    }
  }

  /** Runs {@code operation} on {@code threads} threads for {@code seconds}; times every call. */
  static Result measure(String what, int threads, int seconds, IntConsumer operation)
      throws Exception {
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> work = new ArrayList<>();
    AtomicLong failed = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      work.add(
          pool.submit(
              () -> {
                long[] samples = new long[1 << 16];
                int n = 0;
                long count = 0;
                while (System.nanoTime() < end) {
                  long before = System.nanoTime();
                  try {
                    operation.accept(thread);
                  } catch (RuntimeException e) {
                    failed.incrementAndGet();
                  }
                  long took = System.nanoTime() - before;
                  // reservoir of latencies: every call while there is room, then every 16th
                  if (n < samples.length) {
                    samples[n++] = took;
                  } else if ((count & 15) == 0) {
                    samples[(int) ((count >>> 4) % samples.length)] = took;
                  }
                  count++;
                }
                long[] out = new long[n + 1];
                System.arraycopy(samples, 0, out, 0, n);
                out[n] = count;
                return out;
              }));
    }
    List<Long> latencies = new ArrayList<>();
    long operations = 0;
    for (Future<long[]> f : work) {
      long[] out = f.get();
      operations += out[out.length - 1];
      for (int i = 0; i < out.length - 1; i++) {
        latencies.add(out[i]);
      }
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    latencies.sort(null);
    return new Result(
        what,
        operations - failed.get(),
        elapsed,
        failed.get(),
        percentile(latencies, 0.50),
        percentile(latencies, 0.99));
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }
}
