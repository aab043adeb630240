package io.anshim.booking.leftover;

import static io.anshim.vaccination.VaccinationTestDeployment.KOREA;
import static io.anshim.vaccination.VaccinationTestDeployment.base;
import static io.anshim.vaccination.VaccinationTestDeployment.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import io.anshim.vaccination.VaccinationTestDeployment;
import io.anshim.vaccination.VaccinationTestDeployment.Hooks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leftover doses end to end: posted by a vaccinator, found by district and by distance, taken first
 * come with never more bookings than doses, refused with a reason, and barred after a no-show.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class LeftoverDosesIT {

  private static final long JONGNO = 1; // vaccinator1: PFIZER, ASTRAZENECA
  private static final long JUNG = 2; // vaccinator2: PFIZER
  private static final long BUSAN_JUNG = 26; // vaccinator3: PFIZER, MODERNA

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return VaccinationTestDeployment.earWithTestHooks();
  }

  private final Hooks hooks = new Hooks();

  @Test
  void postedLeftoversAreFoundByDistrictAndNearestFirstAndTaken() {
    long busanOffer = freshOffer("vaccinator3", "MODERNA", 4);
    // other tests of the run may have taken doses of today's offer before: count from here
    int takenBefore = offer("vaccinator3", busanOffer).getInt("taken");
    long seoulOffer = freshOffer("vaccinator1", "ASTRAZENECA", 2);

    Api anyone = new Api(base());
    JsonObject busan = center(ok(anyone.get("api/leftovers?district=26110")), BUSAN_JUNG);
    assertEquals(4, dose(busan, busanOffer).getInt("remaining"));
    assertFalse(ids(ok(anyone.get("api/leftovers?district=26110"))).contains(JONGNO));

    List<Long> fromBusanStation = ids(ok(anyone.get("api/leftovers?lat=35.1151&lon=129.0422")));
    assertTrue(fromBusanStation.indexOf(BUSAN_JUNG) == 0, fromBusanStation::toString);
    assertTrue(fromBusanStation.contains(JONGNO), fromBusanStation::toString);
    List<Long> fromSeoulCityHall = ids(ok(anyone.get("api/leftovers?lat=37.5663&lon=126.9779")));
    assertTrue(
        fromSeoulCityHall.indexOf(JONGNO) < fromSeoulCityHall.indexOf(BUSAN_JUNG),
        fromSeoulCityHall::toString);
    List<Double> distances = distances(anyone.get("api/leftovers?lat=37.5663&lon=126.9779"));
    assertTrue(distances.get(0) < 5, "Jongno is within a few km of City Hall: " + distances);
    for (int i = 1; i < distances.size(); i++) {
      assertTrue(distances.get(i - 1) <= distances.get(i), distances::toString);
    }
    assertRefused(400, "error.leftover.location", anyone.get("api/leftovers?lat=95&lon=127"));
    assertRefused(400, "error.leftover.whereRequired", anyone.get("api/leftovers"));
    assertRefused(400, "error.unknownDistrict", anyone.get("api/leftovers?district=99999"));

    Citizen citizen = signIn(Person.any("부산잔여"));
    Api.Reply taken = citizen.client().post("api/leftovers/" + busanOffer + "/bookings", "");
    assertEquals(201, taken.status(), taken::toString);
    JsonObject booking = taken.object();
    assertEquals(1, booking.getInt("doseNumber"));
    assertEquals("MODERNA", booking.getString("vaccineCode"));
    assertEquals(BUSAN_JUNG, booking.getJsonNumber("centerId").longValue());

    assertEquals(
        3,
        dose(center(ok(anyone.get("api/leftovers?district=26110")), BUSAN_JUNG), busanOffer)
            .getInt("remaining"));
    JsonObject offer = offer("vaccinator3", busanOffer);
    assertEquals(takenBefore + 1, offer.getInt("taken"));
    assertEquals(3, offer.getInt("remaining"));
    long bookingId = booking.getJsonNumber("bookingId").longValue();
    JsonObject day = ok(staff("vaccinator3").get("api/vaccinator/day"));
    assertTrue(
        day.toString().contains("\"bookingId\":" + bookingId), "on the vaccinator's list today");
    Api.Reply sms = citizen.client().get("api/dev/sms-outbox?reference=leftover-" + bookingId);
    assertEquals(1, sms.json().asJsonArray().size(), sms::toString);
    assertTrue(sms.json().asJsonArray().getJsonObject(0).getString("text").contains("잔여백신"));

    JsonObject more =
        ok(
            staff("vaccinator3")
                .post(
                    "api/vaccinator/leftovers",
                    Json.createObjectBuilder()
                        .add("vaccineCode", "moderna")
                        .add("count", 2)
                        .build()));
    assertEquals(busanOffer, more.getJsonNumber("id").longValue(), "added to today's offer");
    assertEquals(takenBefore + 6, more.getInt("posted"));
    assertEquals(5, more.getInt("remaining"));

    JsonObject withdrawn = ok(delete("vaccinator3", "api/vaccinator/leftovers/" + busanOffer));
    assertEquals(takenBefore + 1, withdrawn.getInt("posted"));
    assertEquals(takenBefore + 1, withdrawn.getInt("taken"));
    assertEquals(0, withdrawn.getInt("remaining"));
    // about this offer only: another test may have left one of vaccinator3's offers open
    JsonObject listed = ok(anyone.get("api/leftovers?district=26110"));
    assertTrue(
        listed.getJsonArray("items").stream()
            .flatMap(c -> c.asJsonObject().getJsonArray("doses").stream())
            .noneMatch(d -> d.asJsonObject().getJsonNumber("offerId").longValue() == busanOffer),
        listed::toString);
    assertTrue(
        hooks.bookings(citizen.id()).get(0).endsWith("|BOOKED|1|" + busanOffer),
        "a taken dose stays booked");
    List<String> audit = hooks.auditOfOffer(busanOffer);
    assertTrue(
        audit.get(audit.size() - 1).startsWith("vaccinator3|LEFTOVER_WITHDRAWN"), audit::toString);
    assertTrue(
        audit.stream().anyMatch(a -> a.startsWith("vaccinator3|LEFTOVER_POSTED|+2 MODERNA")),
        audit::toString);

    assertRefused(
        404,
        "error.leftover.unknownOffer",
        delete("vaccinator1", "api/vaccinator/leftovers/" + busanOffer));
    assertRefused(
        400,
        "error.vaccination.vaccineNotOffered",
        staff("vaccinator1")
            .post(
                "api/vaccinator/leftovers",
                Json.createObjectBuilder().add("vaccineCode", "MODERNA").add("count", 2).build()));
    assertRefused(
        400,
        "error.leftover.count",
        staff("vaccinator1")
            .post(
                "api/vaccinator/leftovers",
                Json.createObjectBuilder().add("vaccineCode", "PFIZER").add("count", 0).build()));
    delete("vaccinator1", "api/vaccinator/leftovers/" + seoulOffer);
  }

  @Test
  void twentyPeopleRacingForThreeDosesMakeExactlyThreeBookings() throws Exception {
    long offer = freshOffer("vaccinator2", "PFIZER", 3);
    int people = 20;
    List<Citizen> citizens = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      citizens.add(signIn(Person.any("경쟁" + i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(people);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (Citizen citizen : citizens) {
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return citizen.client().post("api/leftovers/" + offer + "/bookings", "");
              }));
    }
    start.countDown();
    Set<Long> bookings = new HashSet<>();
    for (Future<Api.Reply> reply : replies) {
      Api.Reply answer = reply.get();
      if (answer.status() == 201) {
        bookings.add(answer.object().getJsonNumber("bookingId").longValue());
      } else {
        assertRefused(409, "error.leftover.noneLeft", answer);
      }
    }
    pool.shutdown();
    assertEquals(3, bookings.size());
    JsonObject after = offer("vaccinator2", offer);
    assertEquals(after.getInt("posted"), after.getInt("taken"));
    assertEquals(0, after.getInt("remaining"));
    long booked = citizens.stream().filter(c -> !hooks.bookings(c.id()).isEmpty()).count();
    assertEquals(3, booked, "three different people, one booking each");
  }

  @Test
  void aNoShowOnALeftoverDoseBarsThePersonFromLeftoversForThirtyDays() {
    long offer = freshOffer("vaccinator3", "PFIZER", 2);
    Citizen citizen = signIn(Person.any("노쇼"));
    Api.Reply taken = citizen.client().post("api/leftovers/" + offer + "/bookings", "");
    assertEquals(201, taken.status(), taken::toString);
    long booking = taken.object().getJsonNumber("bookingId").longValue();

    Api.Reply noShow =
        staff("vaccinator3")
            .post("api/vaccinator/bookings/" + booking + "/no-show", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, noShow.status(), noShow::toString);
    assertTrue(noShow.object().getBoolean("leftover"));
    assertTrue(hooks.auditOfBooking(booking).get(0).contains("banned until"));

    Api.Reply again = citizen.client().post("api/leftovers/" + offer + "/bookings", "");
    assertRefused(409, "error.leftover.banned", again);
    String until = ZonedDateTime.now(KOREA).plusDays(30).format(DateTimeFormatter.ISO_LOCAL_DATE);
    String untilOrNextMinute =
        ZonedDateTime.now(KOREA)
            .plusDays(30)
            .plusMinutes(1)
            .format(DateTimeFormatter.ISO_LOCAL_DATE);
    String message = again.object().getString("message");
    assertTrue(message.contains(until) || message.contains(untilOrNextMinute), message);
    assertEquals(
        1, offer("vaccinator3", offer).getInt("remaining"), "the refused grab took nothing");
  }

  @Test
  void theNextDoseComesFromTheRecordsAndFullyVaccinatedPeopleAreRefused() {
    long offer = freshOffer("vaccinator1", "PFIZER", 5);

    Citizen second = signIn(Person.any("이차"));
    hooks.record(second.id(), JONGNO, "PFIZER", 1, 2);
    Api.Reply dose2 = second.client().post("api/leftovers/" + offer + "/bookings", "");
    assertEquals(201, dose2.status(), dose2::toString);
    assertEquals(2, dose2.object().getInt("doseNumber"));

    Citizen done = signIn(Person.any("완료"));
    hooks.record(done.id(), JONGNO, "PFIZER", 1, 2);
    hooks.record(done.id(), JONGNO, "PFIZER", 2, 2);
    assertRefused(
        409,
        "error.leftover.fullyVaccinated",
        done.client().post("api/leftovers/" + offer + "/bookings", ""));

    Citizen booked = signIn(Person.any("예약있음"));
    hooks.book(booked.id(), JUNG, "PFIZER", 1, today().plusDays(5), LocalTime.of(10, 0));
    Api.Reply refused = booked.client().post("api/leftovers/" + offer + "/bookings", "");
    assertRefused(409, "error.leftover.alreadyBooked", refused);
    assertTrue(
        refused.object().getString("message").contains("Cancel it first"), refused::toString);

    assertRefused(
        409,
        "error.leftover.alreadyBooked",
        second.client().post("api/leftovers/" + offer + "/bookings", ""));
    assertEquals(
        4, offer("vaccinator1", offer).getInt("remaining"), "only the one booking took a dose");
  }

  @Test
  void takingADoseNeedsASignedInCitizenAndPostingNeedsAVaccinator() {
    long offer = freshOffer("vaccinator1", "PFIZER", 1);
    CitizenClient stranger = new CitizenClient(base(), "Stranger");
    assertRefused(
        401,
        "error.identity.signInRequired",
        stranger.post("api/leftovers/" + offer + "/bookings", ""));
    assertEquals(200, stranger.get("api/leftovers?district=11110").status(), "the list is public");

    assertEquals(401, new Api(base()).get("api/vaccinator/leftovers").status());
    assertRefused(
        403,
        "error.forbidden",
        new Api(base())
            .as("operator1", "anshim-demo")
            .post(
                "api/vaccinator/leftovers",
                Json.createObjectBuilder().add("vaccineCode", "PFIZER").add("count", 5).build()));
    assertRefused(
        403,
        "error.forbidden",
        new Api(base()).as("operator1", "anshim-demo").get("api/vaccinator/leftovers"));
    Citizen citizen = signIn(Person.any("직원아님"));
    assertEquals(403, citizen.client().get("api/vaccinator/leftovers").status());
    assertRefused(
        404,
        "error.leftover.unknownOffer",
        citizen.client().post("api/leftovers/999999999/bookings", ""));
    assertEquals(1, offer("vaccinator1", offer).getInt("remaining"));
  }

  /** Withdraws what is left of today's offer of the vaccine, then posts {@code count} anew. */
  private long freshOffer(String vaccinator, String vaccine, int count) {
    for (JsonValue o : staff(vaccinator).get("api/vaccinator/leftovers").json().asJsonArray()) {
      if (o.asJsonObject().getString("vaccineCode").equals(vaccine)) {
        ok(delete(vaccinator, "api/vaccinator/leftovers/" + o.asJsonObject().getJsonNumber("id")));
      }
    }
    JsonObject posted =
        ok(
            staff(vaccinator)
                .post(
                    "api/vaccinator/leftovers",
                    Json.createObjectBuilder()
                        .add("vaccineCode", vaccine)
                        .add("count", count)
                        .build()));
    assertEquals(count, posted.getInt("remaining"));
    return posted.getJsonNumber("id").longValue();
  }

  private static JsonObject offer(String vaccinator, long offerId) {
    return staff(vaccinator).get("api/vaccinator/leftovers").json().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("id").longValue() == offerId)
        .findFirst()
        .orElseThrow();
  }

  private static Api staff(String username) {
    return new Api(base()).as(username, "anshim-demo");
  }

  private static Api.Reply delete(String username, String path) {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":anshim-demo").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base() + path))
                      .DELETE()
                      .header("Authorization", "Basic " + basic)
                      .header("Accept", "application/json")
                      .header("Accept-Language", "en")
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Citizen(CitizenClient client, long id) {}

  private static Citizen signIn(Person person) {
    CitizenClient client = new CitizenClient(base(), "Leftover IT");
    long id = client.signInWithCarrier(person).getJsonNumber("citizenId").longValue();
    client.passWaitingRoom(); // taking a leftover dose needs the waiting room's admission
    return new Citizen(client, id);
  }

  private static JsonObject ok(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getValueType() == JsonValue.ValueType.ARRAY
        ? Json.createObjectBuilder().add("items", reply.json()).build()
        : reply.object();
  }

  private static List<Long> ids(JsonObject list) {
    return list.getJsonArray("items").stream()
        .map(c -> c.asJsonObject().getJsonNumber("centerId").longValue())
        .toList();
  }

  private static List<Double> distances(Api.Reply reply) {
    return reply.json().asJsonArray().stream()
        .map(c -> c.asJsonObject().getJsonNumber("distanceKm").doubleValue())
        .toList();
  }

  private static JsonObject center(JsonObject list, long centerId) {
    return list.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("centerId").longValue() == centerId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("center " + centerId + " not in " + list));
  }

  private static JsonObject dose(JsonObject center, long offerId) {
    return center.getJsonArray("doses").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getJsonNumber("offerId").longValue() == offerId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("offer " + offerId + " not in " + center));
  }

  private static void assertRefused(int status, String key, Api.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertEquals(key, reply.object().getString("error"), reply::toString);
  }
}
