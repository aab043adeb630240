package io.anshim.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Committed bookings per second with zero overbooking: {@code bench.clients} signed-in citizens
 * (default 10,000) race through {@code POST /api/bookings} for the {@code bench.places} places
 * (default 1,000) of one fresh slot. Then checks, through the API, that exactly that many were
 * booked: the slot shows no place left, every winner's "my bookings" holds the slot, every loser
 * was told the slot is full. The race itself goes over {@link KeepAliveConnection}s (one per
 * thread, the requests made before the start), so that the load generator takes little of the CPU
 * it shares with the server; it prints how much each took. Talks HTTP to a running server on this
 * machine (-Dbench.url, default http://localhost:8080/), which must allow many sign-ins from one
 * address (see docs/benchmarks.md). Sign-ins happen before the race and are not timed with it.
 */
public final class BookingBenchmark {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CENTER_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern CAPACITY = Pattern.compile("\"capacity\"\\s*:\\s*(\\d+)");
  private static final Pattern REMAINING = Pattern.compile("\"remaining\"\\s*:\\s*(\\d+)");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern RATE = Pattern.compile("\"ratePerSecond\"\\s*:\\s*([0-9.Ee+-]+)");
  private static final Pattern ADMISSION_SECONDS =
      Pattern.compile("\"admissionSeconds\"\\s*:\\s*(\\d+)");
  private static final Pattern DOSE_ONE = Pattern.compile("\"dose\"\\s*:\\s*1\\b");
  private static final Pattern BOOKING_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern STARTS = Pattern.compile("\"startsAt\"\\s*:\\s*\"([0-9:]+)\"");

  private final URI base;
  private final BenchApi api;
  private final String operator;

  /** One simulated citizen: the cookies of their own session. */
  private static final class Client extends BenchApi.Citizen {
    volatile int status;
    volatile String body;
    volatile Target target;
    byte[] booking;
  }

  private BookingBenchmark(URI base) {
    this.base = base;
    this.api = new BenchApi(base);
    this.operator =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("operator1:anshim-demo".getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    BookingBenchmark bench =
        new BookingBenchmark(URI.create(System.getProperty("bench.url", "http://localhost:8080/")));
    bench.run(
        Integer.getInteger("bench.clients", 10_000),
        Integer.getInteger("bench.places", 1_000),
        Integer.getInteger("bench.threads", 200),
        Integer.getInteger("bench.signInThreads", 32),
        System.getProperty("bench.vaccine", "PFIZER"),
        Integer.getInteger("bench.centers", 10),
        Integer.getInteger("bench.slotsPerCenter", 5),
        Integer.getInteger("bench.warmupSeconds", 0),
        Integer.getInteger("bench.warmupClients", 400));
    System.exit(0);
  }

  private void run(
      int clients,
      int places,
      int threads,
      int signInThreads,
      String vaccine,
      int centerCount,
      int slotsPerCenter,
      int warmupSeconds,
      int warmupClients)
      throws Exception {
    if (places % (centerCount * slotsPerCenter) != 0) {
      throw new IllegalArgumentException(
          "bench.places must be a multiple of bench.centers x bench.slotsPerCenter");
    }
    int perSlot = places / (centerCount * slotsPerCenter);
    long seedBase = 500_000_000L + System.currentTimeMillis() % 100_000_000L;
    int signingIn = clients + (warmupSeconds > 0 ? warmupClients : 0);
    System.out.printf("signing in %,d citizens with %d threads ...%n", signingIn, signInThreads);
    long signInStart = System.nanoTime();
    List<Client> citizens = Collections.synchronizedList(new ArrayList<>());
    AtomicLong seed = new AtomicLong(seedBase);
    ExecutorService signIns = Executors.newFixedThreadPool(signInThreads);
    List<Future<?>> signing = new ArrayList<>();
    for (int t = 0; t < signInThreads; t++) {
      signing.add(
          signIns.submit(
              () -> {
                while (citizens.size() < signingIn) {
                  long s = seed.incrementAndGet();
                  if (s - seedBase > signingIn) {
                    return null;
                  }
                  citizens.add(api.signIn(s, new Client()));
                }
                return null;
              }));
    }
    for (Future<?> f : signing) {
      f.get();
    }
    signIns.shutdown();
    System.out.printf(
        "%,d signed in in %.0f s%n", citizens.size(), (System.nanoTime() - signInStart) / 1e9);

    String centers =
        api.send(
            null,
            api.get("api/centers?province=11&size=" + centerCount + "&vaccine=" + vaccine),
            200);
    List<Long> centerIds = new ArrayList<>();
    for (Matcher m = CENTER_ID.matcher(centers); m.find() && centerIds.size() < centerCount; ) {
      centerIds.add(Long.parseLong(m.group(1)));
    }
    if (centerIds.size() < centerCount) {
      throw new IllegalStateException("only " + centerIds.size() + " centers offer " + vaccine);
    }
    // the last ones signed in warm the server up; the race is for the others
    List<Client> warmers = new ArrayList<>(citizens.subList(clients, citizens.size()));
    citizens.subList(clients, citizens.size()).clear();
    // searching slots is gated by the waiting room too: the warm-up's clients and the one who
    // searches pass it first; the racers pass it just before the race, as citizens come to the
    // booking from the waiting room (its polls keep their session known to the node)
    List<Client> first = new ArrayList<>(warmers);
    first.add(citizens.get(0));
    boolean gate = admitAll(first, signInThreads);
    // the slots a citizen may pick: a fresh day at each center, its first starts; each slot has
    // perSlot places (set now: a day's slot rows are made by its first booking)
    List<Target> targets = new ArrayList<>();
    for (long center : centerIds) {
      setDosesPerSlot(center, perSlot);
      String[] fresh = freshSlots(citizens.get(0), center, perSlot, slotsPerCenter);
      for (int i = 1; i < fresh.length; i++) {
        targets.add(new Target(center, LocalDate.parse(fresh[0]), fresh[i], vaccine));
      }
    }
    if (warmupSeconds > 0) {
      warmUp(warmers, centerIds, vaccine, warmupSeconds, perSlot);
    }
    if (gate) {
      admitAll(citizens, signInThreads);
    }
    System.out.printf(
        "race: %,d clients, %d at a time, for %,d places: %d centers x %d slots x %d places"
            + " (%s, first %s)%s%n",
        clients,
        threads,
        places,
        centerCount,
        slotsPerCenter,
        perSlot,
        vaccine,
        targets.get(0).day,
        gate
            ? "; every client passed the waiting room just before and sends its admission token"
            : "");
    for (int i = 0; i < citizens.size(); i++) {
      Client c = citizens.get(i);
      c.target = targets.get(i % targets.size());
      c.booking =
          KeepAliveConnection.request(
              base,
              "POST",
              "api/bookings",
              "Accept-Language: en\r\nCookie: "
                  + c.cookieHeader()
                  + "\r\n"
                  + (c.token == null ? "" : "X-Admission-Token: " + c.token + "\r\n"),
              c.target.body());
    }
    ConcurrentLinkedQueue<Client> queue = new ConcurrentLinkedQueue<>(citizens);
    List<Long> all = Collections.synchronizedList(new ArrayList<>());
    List<Long> committedLatency = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger committed = new AtomicInteger();
    AtomicLong lastCommit = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    CpuShare cpu = CpuShare.start();
    AtomicReference<String> cpuToLastCommit = new AtomicReference<>("no commit");
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(
          pool.submit(
              () -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(base)) {
                  go.await();
                  for (Client c = queue.poll(); c != null; c = queue.poll()) {
                    long started = System.nanoTime();
                    c.status = connection.exchange(c.booking);
                    long took = System.nanoTime() - started;
                    c.body = connection.body;
                    all.add(took);
                    if (c.status == 201) {
                      if (committed.incrementAndGet() == places) {
                        cpuToLastCommit.set(cpu.report());
                      }
                      committedLatency.add(took);
                      lastCommit.accumulateAndGet(System.nanoTime(), Math::max);
                    }
                  }
                }
                return null;
              }));
    }
    System.out.println("race starts at " + java.time.LocalTime.now());
    long start = System.nanoTime();
    go.countDown();
    for (Future<?> f : work) {
      f.get();
    }
    long end = System.nanoTime();
    String cpuUsed = cpu.report();
    pool.shutdown();
    for (long center : centerIds) {
      setDosesPerSlot(center, 20);
    }
    double seconds = (end - start) / 1e9;
    double toLastCommit = (lastCommit.get() - start) / 1e9;
    List<Long> sortedAll = new ArrayList<>(all);
    sortedAll.sort(null);
    List<Long> sortedCommitted = new ArrayList<>(committedLatency);
    sortedCommitted.sort(null);
    System.out.printf(
        "%,d requests in %.2f s (%.0f /s); %,d committed, the last %.2f s after the start:"
            + " %.0f committed bookings/s%n",
        clients,
        seconds,
        clients / seconds,
        committed.get(),
        toLastCommit,
        committed.get() / toLastCommit);
    System.out.printf(
        "latency of all requests p50 %.1f ms, p99 %.1f ms; of committed bookings p50 %.1f ms,"
            + " p99 %.1f ms%n",
        percentile(sortedAll, 0.5),
        percentile(sortedAll, 0.99),
        percentile(sortedCommitted, 0.5),
        percentile(sortedCommitted, 0.99));
    System.out.println("to the last commit: " + cpuToLastCommit.get());
    System.out.println("whole race: " + cpuUsed);
    verify(citizens, targets, perSlot);
  }

  /**
   * Books and cancels, over and over, for {@code seconds}: each warm-up client (none of them races)
   * books dose 1 and its dose 2 on one of the next days at the race's centers, asks for a slot that
   * is full, and cancels. A server has run the booking path some thousands of times before its busy
   * evening; without this the race, which commits only {@code places} bookings, times a server
   * still compiling it (the JIT was 20-30 % of the CPU in the fifth race on a new server). The full
   * slot is there because nine in ten race requests are told "full": without it the second race
   * still compiled that answer (68 C2 compilations during the race, among them the lane's refusal,
   * its JSON and its date formatting). It is on a day the others book and cancel on, so it is
   * refused both from memory and, after a place of its day is given back, inside a batch, as in the
   * race.
   */
  private void warmUp(
      List<Client> warmers, List<Long> centerIds, String vaccine, int seconds, int perSlot)
      throws Exception {
    LocalDate first = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(2);
    List<Target> full = fullSlots(warmers, centerIds, vaccine, first, perSlot);
    List<Client> cyclers = warmers.subList(centerIds.size(), warmers.size());
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicInteger cycles = new AtomicInteger();
    // 100 threads, each with its own share of the clients in turn (a client's list grows with
    // every cycle, and cancelling answers it)
    int threads = Math.min(100, cyclers.size());
    int perThread = cyclers.size() / threads;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      int n = w;
      work.add(
          pool.submit(
              () -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(base)) {
                  for (int k = 0, i = n; System.nanoTime() < deadline; k++, i += threads) {
                    Client c = cyclers.get(n + threads * (k % perThread));
                    String headers =
                        "Accept-Language: en\r\nCookie: "
                            + c.cookieHeader()
                            + "\r\nX-Admission-Token: "
                            + c.token
                            + "\r\n";
                    Target target =
                        new Target(
                            centerIds.get(i % centerIds.size()),
                            first.plusDays((i / centerIds.size()) % 5),
                            String.format("%02d:%02d", 9 + i % 16 / 2, i % 2 * 30),
                            vaccine);
                    byte[] book =
                        KeepAliveConnection.request(
                            base, "POST", "api/bookings", headers, target.body());
                    int status = connection.exchange(book);
                    if (status == 409 && connection.body.contains("error.booking.slotFull")) {
                      continue;
                    }
                    if (status != 201) {
                      throw new IllegalStateException(
                          "warm-up booking: " + status + " " + connection.body);
                    }
                    String firstDose = firstDoseId(connection.body);
                    if (!full.isEmpty()) {
                      Target closed = full.get(i % full.size());
                      status =
                          connection.exchange(
                              KeepAliveConnection.request(
                                  base, "POST", "api/bookings", headers, closed.body()));
                      if (status != 409 || !connection.body.contains("error.booking.slotFull")) {
                        throw new IllegalStateException(
                            "warm-up full slot: " + status + " " + connection.body);
                      }
                    }
                    status =
                        connection.exchange(
                            KeepAliveConnection.request(
                                base, "DELETE", "api/bookings/" + firstDose, headers, ""));
                    if (status != 200) {
                      throw new IllegalStateException(
                          "warm-up cancel: " + status + " " + connection.body);
                    }
                    cycles.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    System.out.printf(
        "warm-up: %,d clients booked, were told full and cancelled %,d times in %d s%n",
        cyclers.size(), cycles.get(), seconds);
  }

  /**
   * A full slot at each center on the warm-up's first day, at the last start of the day (the
   * warm-up books none after 16:30): made with one place, which the center's first warm-up client
   * takes, when that day's slots are not made yet; left as it is when an earlier warm-up on this
   * server made it full. The first {@code centerIds.size()} warm-up clients hold these places.
   */
  private List<Target> fullSlots(
      List<Client> warmers, List<Long> centerIds, String vaccine, LocalDate day, int perSlot)
      throws Exception {
    List<Target> full = new ArrayList<>();
    for (int k = 0; k < centerIds.size(); k++) {
      long center = centerIds.get(k);
      List<String[]> slots = slots(api.send(warmers.get(k), api.get(slotsPath(center, day)), 200));
      String[] last = slots.get(slots.size() - 1);
      Target target = new Target(center, day, last[2].substring(0, 5), vaccine);
      if (Integer.parseInt(last[1]) == 0) {
        full.add(target);
        continue;
      }
      if (Integer.parseInt(last[0]) != perSlot || Integer.parseInt(last[1]) != perSlot) {
        continue; // made by someone else and not full: not ours to fill
      }
      setDosesPerSlot(center, 1);
      try {
        api.send(
            warmers.get(k),
            HttpRequest.newBuilder(base.resolve("api/bookings"))
                .header("Content-Type", "application/json")
                .header("X-Admission-Token", warmers.get(k).token)
                .POST(HttpRequest.BodyPublishers.ofString(target.body())),
            201);
      } finally {
        setDosesPerSlot(center, perSlot);
      }
      full.add(target);
    }
    System.out.printf("warm-up: %d full slots on %s%n", full.size(), day);
    return full;
  }

  /** The id of the dose 1 booking in a list of bookings as JSON. */
  static String firstDoseId(String bookings) {
    for (String booking : bookings.split("\\},\\{\"")) {
      if (DOSE_ONE.matcher(booking).find()) {
        return BenchApi.first(BOOKING_ID, booking);
      }
    }
    throw new IllegalStateException("no dose 1 in " + bookings);
  }

  /** A slot citizens race for. */
  private record Target(long center, LocalDate day, String time, String vaccine) {
    String body() {
      return "{\"centerId\":"
          + center
          + ",\"vaccine\":\""
          + vaccine
          + "\",\"date\":\""
          + day
          + "\",\"time\":\""
          + time
          + "\"}";
    }
  }

  /**
   * When the server has a waiting room: sets a high admission rate, lets every citizen join and
   * poll until admitted, and keeps their admission token (sent as X-Admission-Token). The settings
   * found are put back after. False (nothing done) when the server has no waiting room.
   */
  private boolean admitAll(List<Client> citizens, int threads) throws Exception {
    HttpResponse<String> found =
        api.exchange(null, api.get("api/operator/waiting-room").header("Authorization", operator));
    if (found.statusCode() == 404) {
      return false;
    }
    if (found.statusCode() != 200) {
      throw new IllegalStateException("waiting room figures: " + found.statusCode());
    }
    String before = found.body();
    long started = System.nanoTime();
    changeWaitingRoom("{\"ratePerSecond\":100000,\"admissionSeconds\":3600}");
    try {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> joins = new ArrayList<>();
      for (Client c : citizens) {
        joins.add(
            pool.submit(
                () -> {
                  String place = api.send(c, api.post("api/waiting-room/places", ""), 200);
                  for (int i = 0; !place.contains("\"admitted\":true"); i++) {
                    if (i == 100) {
                      throw new IllegalStateException("not admitted: " + place);
                    }
                    Thread.sleep(50);
                    place = api.send(c, api.get("api/waiting-room/places/mine"), 200);
                  }
                  c.token = BenchApi.first(TOKEN, place);
                  return null;
                }));
      }
      for (Future<?> f : joins) {
        f.get();
      }
      pool.shutdown();
    } finally {
      changeWaitingRoom(
          "{\"ratePerSecond\":"
              + BenchApi.first(RATE, before)
              + ",\"admissionSeconds\":"
              + BenchApi.first(ADMISSION_SECONDS, before)
              + "}");
    }
    System.out.printf(
        "%,d admitted through the waiting room in %.0f s%n",
        citizens.size(), (System.nanoTime() - started) / 1e9);
    return true;
  }

  private void changeWaitingRoom(String json) throws Exception {
    api.send(
        null,
        HttpRequest.newBuilder(base.resolve("api/operator/waiting-room"))
            .header("Authorization", operator)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        200);
  }

  /**
   * Exactly {@code perSlot} winners per slot; every slot is full; every loser was told it is full;
   * every winner holds their slot in "my bookings".
   */
  private void verify(List<Client> citizens, List<Target> targets, int perSlot) throws Exception {
    int winners = 0;
    int full = 0;
    int other = 0;
    Map<Target, Integer> wonPerSlot = new java.util.HashMap<>();
    for (Client c : citizens) {
      if (c.status == 201) {
        winners++;
        wonPerSlot.merge(c.target, 1, Integer::sum);
      } else if (c.status == 409 && c.body.contains("error.booking.slotFull")) {
        full++;
      } else {
        other++;
        if (other <= 3) {
          System.out.println("unexpected answer: " + c.status + " " + c.body);
        }
      }
    }
    int slotsExact = 0;
    int capacityTotal = 0;
    int remainingTotal = 0;
    for (Target t : targets) {
      String slots = api.send(citizens.get(0), api.get(slotsPath(t.center, t.day)), 200);
      for (String[] slot : slots(slots)) {
        if (slot[2].startsWith(t.time)) {
          int capacity = Integer.parseInt(slot[0]);
          int remaining = Integer.parseInt(slot[1]);
          capacityTotal += capacity;
          remainingTotal += remaining;
          if (capacity == perSlot && remaining == 0 && wonPerSlot.getOrDefault(t, 0) == perSlot) {
            slotsExact++;
          }
        }
      }
    }
    int holding = 0;
    for (Client c : citizens) {
      if (c.status == 201) {
        String mine = api.send(c, api.get("api/bookings/mine"), 200).replace(" ", "");
        if (mine.contains("\"date\":\"" + c.target.day + "\"")
            && mine.contains("\"centerId\":" + c.target.center)
            && mine.contains("\"time\":\"" + c.target.time)) {
          holding++;
        }
      }
    }
    int places = perSlot * targets.size();
    boolean exact =
        winners == places
            && holding == places
            && slotsExact == targets.size()
            && capacityTotal == places
            && remainingTotal == 0;
    System.out.printf(
        "check: %,d booked (201), %,d refused as full (409), %d other; %d slots, %d with exactly"
            + " %d winners and 0 left (capacity %,d, %d left in all); %,d winners hold their slot"
            + " in my bookings -> %s%n",
        winners,
        full,
        other,
        targets.size(),
        slotsExact,
        perSlot,
        capacityTotal,
        remainingTotal,
        holding,
        exact ? "EXACTLY " + places + ", NO OVERBOOKING" : "MISMATCH");
  }

  /**
   * A day whose slots are not made yet (all show the new capacity) and its first {@code count}
   * starts: [day, start, start, ...].
   */
  private String[] freshSlots(Client citizen, long center, int places, int count) throws Exception {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
    for (int d = 59; d >= 0; d--) {
      LocalDate day = tomorrow.plusDays(d);
      String slots = api.send(citizen, api.get(slotsPath(center, day)), 200);
      boolean allFresh = true;
      List<String> starts = new ArrayList<>();
      for (String[] slot : slots(slots)) {
        allFresh &= Integer.parseInt(slot[0]) == places && Integer.parseInt(slot[1]) == places;
        starts.add(slot[2].substring(0, 5));
      }
      if (allFresh && starts.size() >= count) {
        List<String> found = new ArrayList<>(List.of(day.toString()));
        found.addAll(starts.subList(0, count));
        return found.toArray(String[]::new);
      }
    }
    throw new IllegalStateException("no fresh day at center " + center);
  }

  /** [capacity, remaining, startsAt] of each slot in a slots answer. */
  private static List<String[]> slots(String json) {
    List<String[]> slots = new ArrayList<>();
    for (Matcher m = OBJECT.matcher(json); m.find(); ) {
      String slot = m.group();
      slots.add(
          new String[] {
            BenchApi.first(CAPACITY, slot),
            BenchApi.first(REMAINING, slot),
            BenchApi.first(STARTS, slot)
          });
    }
    return slots;
  }

  private static String slotsPath(long center, LocalDate day) {
    return "api/booking/centers/" + center + "/slots?date=" + day;
  }

  private void setDosesPerSlot(long center, int doses) throws Exception {
    HttpRequest.Builder put =
        HttpRequest.newBuilder(base.resolve("api/operator/centers/" + center + "/capacity"))
            .header("Authorization", operator)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"dosesPerSlot\":" + doses + "}"));
    api.send(null, put, 200);
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }
}
