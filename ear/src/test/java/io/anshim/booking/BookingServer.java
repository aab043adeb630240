package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The test server as the booking ITs reach it: citizens, the booking API and the test hooks. */
final class BookingServer {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final List<LocalTime> STARTS =
      java.util.stream.IntStream.range(0, 18)
          .mapToObj(i -> LocalTime.of(9, 0).plusMinutes(30L * i))
          .toList();

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  BookingServer() {
    int offset = Integer.getInteger("anshim.it.port.offset", 100);
    this.base = URI.create("http://127.0.0.1:" + (8080 + offset) + "/");
  }

  URL url() {
    try {
      return base.toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A new person, signed in through the carrier in their own cookie jar, through the waiting room
   * (the admission is kept in the session).
   */
  Citizen citizen(String name) {
    return citizen(Person.any(name));
  }

  Citizen citizen(Person person) {
    Citizen citizen = signedInOnly(person);
    citizen.client().passWaitingRoom();
    return citizen;
  }

  /** Signed in, not yet through the waiting room. */
  Citizen signedInOnly(Person person) {
    CitizenClient client =
        new CitizenClient(url(), "BookingIT/" + Math.abs(person.name().hashCode()));
    JsonObject signedIn = client.signInWithCarrier(person);
    return new Citizen(client, signedIn.getJsonNumber("citizenId").longValue(), person);
  }

  record Citizen(CitizenClient client, long id, Person person) {

    Api.Reply book(long centerId, String vaccine, LocalDate date, LocalTime time) {
      return client.post(
          "api/bookings",
          Json.createObjectBuilder()
              .add("centerId", centerId)
              .add("vaccine", vaccine)
              .add("date", date.toString())
              .add("time", time.toString())
              .build()
              .toString());
    }

    List<JsonObject> bookOk(long centerId, String vaccine, LocalDate date, LocalTime time) {
      Api.Reply booked = book(centerId, vaccine, date, time);
      assertEquals(201, booked.status(), booked::toString);
      return booked.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    Api.Reply move(long bookingId, LocalDate date, LocalTime time) {
      return client.put(
          "api/bookings/" + bookingId,
          Json.createObjectBuilder()
              .add("date", date.toString())
              .add("time", time.toString())
              .build()
              .toString());
    }

    Api.Reply cancel(long bookingId) {
      return client.delete("api/bookings/" + bookingId);
    }

    List<JsonObject> mine() {
      Api.Reply mine = client.get("api/bookings/mine");
      assertEquals(200, mine.status(), mine::toString);
      return mine.json().asJsonArray().getValuesAs(JsonObject.class);
    }
  }

  /** A random Seoul center offering the vaccine. */
  long centerOffering(String vaccine) {
    Api.Reply centers = new Api(url()).get("api/centers?province=11&size=100&vaccine=" + vaccine);
    assertEquals(200, centers.status(), centers::toString);
    List<JsonValue> items = centers.object().getJsonArray("items");
    assertFalse(items.isEmpty());
    return items
        .get(ThreadLocalRandom.current().nextInt(items.size()))
        .asJsonObject()
        .getJsonNumber("id")
        .longValue();
  }

  /** A Seoul center not offering the vaccine. */
  long centerNotOffering(String vaccine) {
    Api.Reply centers = new Api(url()).get("api/centers?province=11&size=100");
    assertEquals(200, centers.status(), centers::toString);
    return centers.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(
            c ->
                c.getJsonArray("vaccines").getValuesAs(JsonObject.class).stream()
                    .noneMatch(v -> v.getString("code").equals(vaccine)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  static LocalDate today() {
    return LocalDate.now(SEOUL);
  }

  /** A bookable day for dose 1, random so that tests rarely meet in a slot. */
  static LocalDate someDay(int fromDays, int toDays) {
    return today().plusDays(ThreadLocalRandom.current().nextInt(fromDays, toDays + 1));
  }

  static LocalTime someStart() {
    return STARTS.get(ThreadLocalRandom.current().nextInt(STARTS.size()));
  }

  /** A center, day and start whose slot rows no booking has made yet. */
  record UnmadeSlot(long center, LocalDate day, LocalTime time) {}

  /**
   * A slot of a day not made yet, for a test that sets the doses per slot first: that number is
   * taken only when a day's slots are made, and an earlier test's booking (or its dose 2) may have
   * made a random day already. Also for a test that must not meet a slot an earlier test left full.
   */
  UnmadeSlot unmadeSlot(String vaccine, int fromDays, int toDays) {
    for (int tries = 0; tries < 100; tries++) {
      UnmadeSlot pick =
          new UnmadeSlot(centerOffering(vaccine), someDay(fromDays, toDays), someStart());
      if (slot(pick.center(), pick.day(), pick.time()) == null) {
        return pick;
      }
    }
    throw new AssertionError("every day tried has its slots made already");
  }

  /** A start on that day at the center with a place left, or whose slot is not made yet. */
  LocalTime freeStart(long centerId, LocalDate date) {
    for (LocalTime start : STARTS) {
      int[] slot = slot(centerId, date, start);
      if (slot == null || slot[0] > slot[1]) {
        return start;
      }
    }
    throw new AssertionError("no place left on " + date + " at center " + centerId);
  }

  /** The sequencer's batches since the server started: {committed, not committed}. */
  long[] batches() {
    String[] counts = hook("booking-test/batches").split(" ");
    return new long[] {Long.parseLong(counts[0]), Long.parseLong(counts[1])};
  }

  /** Whether the second-level cache holds the center and the vaccine: "true true". */
  String cached(long centerId, String vaccine) {
    return hook("booking-test/cached?center=" + centerId + "&vaccine=" + vaccine);
  }

  Api operator() {
    return new Api(url()).as("operator1", "anshim-demo");
  }

  void setDosesPerSlot(long centerId, int doses) {
    Api.Reply set =
        operator()
            .put(
                "api/operator/centers/" + centerId + "/capacity",
                Json.createObjectBuilder().add("dosesPerSlot", doses).build());
    assertEquals(200, set.status(), set::toString);
  }

  /** [capacity, booked, active bookings] of a slot from the database; null when not made. */
  int[] slot(long centerId, LocalDate date, LocalTime time) {
    String text = hook("booking-test/slot?center=" + centerId + "&date=" + date + "&time=" + time);
    if (text.equals("none")) {
      return null;
    }
    String[] parts = text.split(" ");
    return new int[] {
      Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])
    };
  }

  long doubleBookings() {
    return Long.parseLong(hook("booking-test/doubles"));
  }

  void recordDose(
      long citizenId, long centerId, String vaccine, int dose, int series, int daysAgo) {
    send(
        HttpRequest.newBuilder(
                base.resolve(
                    "booking-test/record?citizen="
                        + citizenId
                        + "&center="
                        + centerId
                        + "&vaccine="
                        + vaccine
                        + "&dose="
                        + dose
                        + "&series="
                        + series
                        + "&daysAgo="
                        + daysAgo))
            .POST(HttpRequest.BodyPublishers.noBody()),
        204);
  }

  /**
   * Closes the slot in a transaction that commits only after {@code millis}: until then its row is
   * locked, and every other reader still sees the slot open.
   */
  void holdFull(long centerId, LocalDate date, LocalTime time, long millis) {
    hold("hold-full", centerId, date, time, millis);
  }

  /** Locks the slot's row, unchanged, in a transaction that commits only after {@code millis}. */
  void holdRow(long centerId, LocalDate date, LocalTime time, long millis) {
    hold("hold-row", centerId, date, time, millis);
  }

  private void hold(String how, long centerId, LocalDate date, LocalTime time, long millis) {
    send(
        HttpRequest.newBuilder(
                base.resolve(
                    "booking-test/"
                        + how
                        + "?center="
                        + centerId
                        + "&date="
                        + date
                        + "&time="
                        + time
                        + "&millis="
                        + millis))
            .POST(HttpRequest.BodyPublishers.noBody()),
        204);
  }

  /** The SMS texts the outbox holds about a booking. */
  List<String> texts(Citizen citizen, long bookingId) {
    Api.Reply messages = citizen.client().get("api/dev/sms-outbox?reference=booking-" + bookingId);
    assertEquals(200, messages.status(), messages::toString);
    return messages.json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("text"))
        .toList();
  }

  private String hook(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), 200);
  }

  private String send(HttpRequest.Builder request, int expected) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(expected, response.statusCode(), response::body);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
