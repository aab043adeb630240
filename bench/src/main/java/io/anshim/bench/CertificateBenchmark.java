package io.anshim.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Certificate issuances and verifications per second through the HTTP API of a running server.
 *
 * <p>Setup, the real path: {@code bench.citizens} citizens sign in with the embedded carrier,
 * vaccinator1 posts that many leftover doses at center 1, each citizen takes one (a booking for
 * today), vaccinator1 records each dose. Issuance: every citizen asks {@code GET
 * /api/certificates/mine} at the same time ({@code bench.issueThreads} at a time); the first call
 * signs the certificate and anchors it in the ledger (it waits for a signed checkpoint). Then
 * verification: {@code bench.connections} keep-alive connections, one thread each, send {@code POST
 * /api/certificates/verify} with those certificates round robin for {@code bench.seconds} after
 * {@code bench.warmup} seconds; every answer must be 200 with outcome VALID. The verifier client is
 * a minimal HTTP/1.1 writer/reader on plain sockets, so the load generator costs little CPU on the
 * machine it shares with the server.
 */
public final class CertificateBenchmark {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}]+)\"?");
  private static final Pattern BOOKING_ID = Pattern.compile("\"bookingId\"\\s*:\\s*(\\d+)");
  private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"(HC1:[^\"]+)\"");
  private static final byte[] VALID = "\"outcome\":\"VALID\"".getBytes(StandardCharsets.US_ASCII);

  private final URI base;
  private final BenchApi api;
  private final String vaccinator;

  /** One citizen's cookies. */
  private static final class Client extends BenchApi.Citizen {}

  private CertificateBenchmark(URI base) {
    this.base = base;
    this.api = new BenchApi(base);
    this.vaccinator =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("vaccinator1:anshim-demo".getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    CertificateBenchmark bench =
        new CertificateBenchmark(
            URI.create(System.getProperty("bench.url", "http://localhost:8080/")));
    List<String> certificates =
        bench.issue(
            Integer.getInteger("bench.citizens", 50),
            Integer.getInteger("bench.issueThreads", 16),
            System.getProperty("bench.vaccine", "PFIZER"));
    for (int round = 0; round < Integer.getInteger("bench.rounds", 1); round++) {
      bench.verify(
          certificates,
          Integer.getInteger("bench.connections", 32),
          Integer.getInteger("bench.warmup", 10),
          Integer.getInteger("bench.seconds", 20));
    }
    System.exit(0);
  }

  /** Citizens with a recorded dose each; returns their certificates, issuance timed. */
  private List<String> issue(int citizens, int threads, String vaccine) throws Exception {
    long seedBase = 700_000_000L + System.currentTimeMillis() % 100_000_000L;
    System.out.printf(
        "setup: %d citizens sign in, take a leftover %s dose, get it recorded%n",
        citizens, vaccine);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Client>> signing = new ArrayList<>();
    for (int i = 0; i < citizens; i++) {
      long seed = seedBase + i;
      signing.add(pool.submit(() -> api.signIn(seed, new Client())));
    }
    List<Client> people = new ArrayList<>();
    for (Future<Client> f : signing) {
      people.add(f.get());
    }
    String offer =
        api.send(
            null,
            staff(
                api.post(
                    "api/vaccinator/leftovers",
                    "{\"vaccineCode\":\"" + vaccine + "\",\"count\":" + citizens + "}")),
            200);
    String offerId = BenchApi.first(ID, offer);
    List<Future<?>> doses = new ArrayList<>();
    for (Client c : people) {
      doses.add(
          pool.submit(
              () -> {
                passWaitingRoom(c);
                String taken =
                    api.send(c, api.post("api/leftovers/" + offerId + "/bookings", ""), 201);
                String booking = BenchApi.first(BOOKING_ID, taken);
                api.send(
                    null,
                    staff(
                        api.post(
                            "api/vaccinator/bookings/" + booking + "/vaccination",
                            "{\"lotNumber\":\"BENCH-" + booking + "\"}")),
                    201);
                return null;
              }));
    }
    for (Future<?> f : doses) {
      f.get();
    }

    System.out.printf(
        "issuance: %d citizens ask GET /api/certificates/mine, %d at a time%n", citizens, threads);
    long[] latency = new long[citizens];
    String[] texts = new String[citizens];
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> asks = new ArrayList<>();
    for (int i = 0; i < citizens; i++) {
      int n = i;
      asks.add(
          pool.submit(
              () -> {
                go.await();
                long started = System.nanoTime();
                String mine = api.send(people.get(n), api.get("api/certificates/mine"), 200);
                latency[n] = System.nanoTime() - started;
                if (!mine.contains("\"newlyIssued\":true")) {
                  throw new IllegalStateException("not newly issued: " + mine);
                }
                texts[n] = BenchApi.first(TEXT, mine).replace("\\/", "/");
                return null;
              }));
    }
    long start = System.nanoTime();
    go.countDown();
    for (Future<?> f : asks) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(latency);
    System.out.printf(
        "issued %d certificates in %.2f s: %.1f issuances/s; latency p50 %.0f ms, p99 %.0f ms%n",
        citizens,
        seconds,
        citizens / seconds,
        latency[citizens / 2] / 1e6,
        latency[Math.min(citizens - 1, (int) (citizens * 0.99))] / 1e6);
    return List.of(texts);
  }

  /** Keep-alive connections hammering the verifier API; prints verifications/s, p50, p99. */
  private void verify(List<String> certificates, int connections, int warmup, int seconds)
      throws Exception {
    List<byte[]> requests = new ArrayList<>();
    String host = base.getHost() + ":" + port();
    String path = base.resolve("api/certificates/verify").getRawPath();
    for (String text : certificates) {
      byte[] body = ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.US_ASCII);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
              + "Content-Length: "
              + body.length
              + "\r\n\r\n";
      byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
      byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
      System.arraycopy(body, 0, request, headBytes.length, body.length);
      requests.add(request);
    }
    long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    AtomicLong failures = new AtomicLong();
    long[][] latencies = new long[connections][];
    int[] counts = new int[connections];
    Thread[] workers = new Thread[connections];
    for (int t = 0; t < connections; t++) {
      int me = t;
      workers[t] =
          new Thread(
              () -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                try (Socket socket = new Socket(base.getHost(), port())) {
                  socket.setTcpNoDelay(true);
                  OutputStream out = socket.getOutputStream();
                  InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
                  byte[] buffer = new byte[16384];
                  for (int i = me; ; i++) {
                    long started = System.nanoTime();
                    if (started >= end) {
                      break;
                    }
                    out.write(requests.get(i % requests.size()));
                    out.flush();
                    int length = readResponse(in, buffer);
                    long took = System.nanoTime() - started;
                    if (length < 0 || indexOf(buffer, length, VALID) < 0) {
                      if (failures.incrementAndGet() <= 3) {
                        System.out.println(
                            "unexpected answer: "
                                + length
                                + " "
                                + new String(
                                    buffer, 0, Math.max(0, length), StandardCharsets.UTF_8));
                      }
                    }
                    if (started >= warmupEnd) {
                      if (count == mine.length) {
                        mine = Arrays.copyOf(mine, count * 2);
                      }
                      mine[count++] = took;
                    }
                  }
                } catch (IOException e) {
                  failures.incrementAndGet();
                  System.out.println("connection failed: " + e);
                }
                latencies[me] = mine;
                counts[me] = count;
              });
      workers[t].start();
    }
    Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
    CpuShare cpu = CpuShare.start();
    for (Thread w : workers) {
      w.join();
    }
    String cpuUsed = cpu.report();
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < connections; t++) {
      System.arraycopy(latencies[t], 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    System.out.printf(
        "verify: %d connections, %d distinct certificates, %d s after %d s warm-up: %,d verified,"
            + " %,.0f verifications/s; latency p50 %.2f ms, p99 %.2f ms; %d not VALID%n",
        connections,
        certificates.size(),
        seconds,
        warmup,
        total,
        total / (double) seconds,
        all.length == 0 ? Double.NaN : all[all.length / 2] / 1e6,
        all.length == 0
            ? Double.NaN
            : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6,
        failures.get());
    System.out.println("  " + cpuUsed);
  }

  private int port() {
    return base.getPort() > 0 ? base.getPort() : 80;
  }

  /**
   * Reads one HTTP/1.1 response (Content-Length or chunked) into the buffer; returns the body's
   * length, or minus the status when it is not 200. The body is left at the start of the buffer.
   */
  private static int readResponse(InputStream in, byte[] buffer) throws IOException {
    String status = readLine(in);
    int contentLength = -1;
    boolean chunked = false;
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Integer.parseInt(line.substring(colon + 1).trim());
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = line.toLowerCase().contains("chunked");
      }
    }
    int length = 0;
    if (chunked) {
      for (int size = Integer.parseInt(readLine(in).trim(), 16);
          size > 0;
          size = Integer.parseInt(readLine(in).trim(), 16)) {
        length += readFully(in, buffer, length, size);
        readLine(in);
      }
      readLine(in);
    } else {
      length = readFully(in, buffer, 0, contentLength);
    }
    return status.startsWith("HTTP/1.1 200") ? length : -Integer.parseInt(status.substring(9, 12));
  }

  private static int readFully(InputStream in, byte[] buffer, int offset, int size)
      throws IOException {
    if (offset + size > buffer.length) {
      throw new IOException("answer larger than " + buffer.length + " bytes");
    }
    int read = 0;
    while (read < size) {
      int n = in.read(buffer, offset + read, size - read);
      if (n < 0) {
        throw new IOException("connection closed");
      }
      read += n;
    }
    return size;
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static int indexOf(byte[] haystack, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Joins the waiting room and polls until admitted; the admission stays in the session. */
  private void passWaitingRoom(Client c) throws Exception {
    long deadline = System.nanoTime() + 300_000_000_000L;
    String place = api.send(c, api.post("api/waiting-room/places", ""), -1);
    while (!place.replace(" ", "").contains("\"admitted\":true")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not admitted in 300 s: " + place);
      }
      Thread.sleep(200);
      place = api.send(c, api.get("api/waiting-room/places/mine"), -1);
      if (place.contains("\"status\":404")) {
        place = api.send(c, api.post("api/waiting-room/places", ""), -1);
      }
    }
  }

  private HttpRequest.Builder staff(HttpRequest.Builder request) {
    return request.header("Authorization", vaccinator);
  }
}
