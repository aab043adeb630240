package io.anshim.vaccination;

import static io.anshim.vaccination.VaccinationTestDeployment.base;
import static io.anshim.vaccination.VaccinationTestDeployment.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import io.anshim.vaccination.VaccinationTestDeployment.Hooks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The vaccinator's day over the API: only their own center's bookings, a dose recorded once and
 * only once, no-shows from the appointment day, and only for vaccinators.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class VaccinatorDayIT {

  private static final long JONGNO = 1; // vaccinator1's center: PFIZER, ASTRAZENECA
  private static final long JUNG = 2; // vaccinator2's center

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return VaccinationTestDeployment.earWithTestHooks();
  }

  private final Hooks hooks = new Hooks();
  private final Api vaccinator1 = new Api(base()).as("vaccinator1", "anshim-demo");
  private final Api vaccinator2 = new Api(base()).as("vaccinator2", "anshim-demo");

  @Test
  void aVaccinatorSeesTheDaysBookingsOfTheirOwnCenterOnlyByTime() {
    Person early = Person.any("김아침");
    Person late = Person.any("이저녁");
    Person elsewhere = Person.any("박중구");
    Person tomorrow = Person.any("최내일");
    long lateBooking =
        hooks.book(citizen(late), JONGNO, "PFIZER", 1, today(), LocalTime.of(17, 30));
    long earlyBooking =
        hooks.book(citizen(early), JONGNO, "ASTRAZENECA", 1, today(), LocalTime.of(8, 0));
    long otherCenter =
        hooks.book(citizen(elsewhere), JUNG, "PFIZER", 1, today(), LocalTime.of(9, 0));
    long nextDay =
        hooks.book(citizen(tomorrow), JONGNO, "PFIZER", 1, today().plusDays(1), LocalTime.of(9, 0));

    JsonObject day = ok(vaccinator1.get("api/vaccinator/day"));
    assertEquals(JONGNO, day.getJsonNumber("centerId").longValue());
    assertEquals(today().toString(), day.getString("date"));
    List<Long> ids = ids(day);
    assertTrue(
        ids.indexOf(earlyBooking) >= 0 && ids.indexOf(earlyBooking) < ids.indexOf(lateBooking),
        "by time: " + ids);
    assertFalse(ids.contains(otherCenter), "another center's booking is not listed");
    assertFalse(ids.contains(nextDay), "tomorrow's booking is not today's");

    JsonObject row = row(day, earlyBooking).orElseThrow();
    assertEquals("김아침", row.getString("name"));
    assertEquals(early.masked(), row.getString("maskedResidentNumber"));
    assertEquals("ASTRAZENECA", row.getString("vaccineCode"));
    assertEquals(1, row.getInt("doseNumber"));
    assertEquals("BOOKED", row.getString("status"));
    assertTrue(row.getString("time").startsWith("08:00"), row::toString);
    assertFalse(day.toString().contains(early.residentNumber()), "never the full resident number");

    assertTrue(ids(ok(vaccinator2.get("api/vaccinator/day"))).contains(otherCenter));
    assertFalse(ids(ok(vaccinator2.get("api/vaccinator/day"))).contains(earlyBooking));
    assertTrue(
        ids(ok(vaccinator1.get("api/vaccinator/day?date=" + today().plusDays(1))))
            .contains(nextDay));
    assertEquals(400, vaccinator1.get("api/vaccinator/day?date=22.11.2026").status());
  }

  @Test
  void recordingADoseWritesTheRecordAndMarksTheBookingVaccinated() {
    Person person = Person.any("정접종");
    long citizen = citizen(person);
    long booking = hooks.book(citizen, JONGNO, "PFIZER", 1, today(), LocalTime.of(0, 0));

    Api.Reply recorded =
        vaccinator1.post(
            "api/vaccinator/bookings/" + booking + "/vaccination",
            Json.createObjectBuilder().add("lotNumber", " fk-8891 ").build());
    assertEquals(201, recorded.status(), recorded::toString);
    JsonObject dose = recorded.object();
    assertEquals(1, dose.getInt("doseNumber"));
    assertEquals(2, dose.getInt("dosesInSeries"));
    assertEquals("PFIZER", dose.getString("vaccineCode"));
    assertEquals("FK-8891", dose.getString("lotNumber"));
    assertEquals("vaccinator1", dose.getString("recordedBy"));

    assertEquals(
        List.of("1|2|PFIZER|FK-8891|vaccinator1|" + booking + "|" + JONGNO),
        hooks.records(citizen));
    assertEquals(
        "VACCINATED",
        row(ok(vaccinator1.get("api/vaccinator/day")), booking).orElseThrow().getString("status"));
    List<String> audit = hooks.auditOfBooking(booking);
    assertEquals(1, audit.size(), audit::toString);
    assertTrue(
        audit.get(0).startsWith("vaccinator1|VACCINATED|dose 1/2 PFIZER lot FK-8891"),
        audit::toString);
  }

  @Test
  void theSameDoseIsRecordedOnceOnly() {
    long citizen = citizen(Person.any("한두번"));
    long first = hooks.book(citizen, JONGNO, "PFIZER", 1, today(), LocalTime.of(0, 0));
    assertEquals(201, record(vaccinator1, first, "AB-100").status());

    Api.Reply again = record(vaccinator1, first, "AB-101");
    assertRefused(409, "error.vaccination.doseAlreadyRecorded", again);
    assertTrue(
        again.object().getString("message").contains("Dose 1 is already recorded"),
        again::toString);

    long secondBookingOfDoseOne =
        hooks.book(citizen, JONGNO, "PFIZER", 1, today(), LocalTime.of(0, 0));
    assertRefused(
        409,
        "error.vaccination.doseAlreadyRecorded",
        record(vaccinator1, secondBookingOfDoseOne, "AB-102"));
    assertEquals(1, hooks.records(citizen).size());
    assertTrue(
        hooks.bookings(citizen).contains(secondBookingOfDoseOne + "|BOOKED|1|null"),
        "nothing half-done");
  }

  @Test
  void vaccinatorsRecordingTheSameDoseAtOnceWriteOneRecord() throws Exception {
    long citizen = citizen(Person.any("동시에"));
    long booking = hooks.book(citizen, JONGNO, "PFIZER", 1, today(), LocalTime.of(0, 0));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String lot = "RACE-" + i;
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return record(new Api(base()).as("vaccinator1", "anshim-demo"), booking, lot);
              }));
    }
    start.countDown();
    int created = 0;
    for (Future<Api.Reply> reply : replies) {
      Api.Reply answer = reply.get();
      if (answer.status() == 201) {
        created++;
      } else {
        assertRefused(409, "error.vaccination.doseAlreadyRecorded", answer);
      }
    }
    pool.shutdown();
    assertEquals(1, created);
    assertEquals(1, hooks.records(citizen).size());
  }

  @Test
  void wrongEntriesAreRefusedWithAReason() {
    long citizen = citizen(Person.any("오입력"));
    long booking = hooks.book(citizen, JONGNO, "PFIZER", 1, today(), LocalTime.of(0, 0));
    String path = "api/vaccinator/bookings/" + booking + "/vaccination";

    assertRefused(
        400,
        "error.vaccination.lotNumber",
        vaccinator1.post(path, Json.createObjectBuilder().add("lotNumber", "x").build()));
    assertRefused(
        400, "error.vaccination.lotNumber", vaccinator1.post(path, JsonValue.EMPTY_JSON_OBJECT));
    assertRefused(
        400,
        "error.vaccination.vaccineNotOffered",
        vaccinator1.post(
            path,
            Json.createObjectBuilder()
                .add("lotNumber", "MO-1")
                .add("vaccineCode", "MODERNA")
                .build()));
    assertRefused(
        400,
        "error.vaccination.doseNumber",
        vaccinator1.post(
            path,
            Json.createObjectBuilder().add("lotNumber", "PF-1").add("doseNumber", 3).build()));
    assertRefused(
        400,
        "error.vaccination.timeInFuture",
        vaccinator1.post(
            path,
            Json.createObjectBuilder()
                .add("lotNumber", "PF-1")
                .add("vaccinatedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString())
                .build()));
    assertRefused(
        400,
        "error.vaccination.beforeAppointmentDay",
        vaccinator1.post(
            path,
            Json.createObjectBuilder()
                .add("lotNumber", "PF-1")
                .add("vaccinatedAt", Instant.now().minus(2, ChronoUnit.DAYS).toString())
                .build()));
    assertTrue(hooks.records(citizen).isEmpty());

    Api.Reply otherVaccine =
        vaccinator1.post(
            path,
            Json.createObjectBuilder()
                .add("lotNumber", "az-77")
                .add("vaccineCode", "astrazeneca")
                .build());
    assertEquals(201, otherVaccine.status(), otherVaccine::toString);
    assertEquals("ASTRAZENECA", otherVaccine.object().getString("vaccineCode"));
  }

  @Test
  void anotherCentersBookingIsNotFoundForThisVaccinator() {
    long citizen = citizen(Person.any("남의집"));
    long booking = hooks.book(citizen, JONGNO, "PFIZER", 1, today(), LocalTime.of(0, 0));

    assertRefused(404, "error.vaccinator.unknownBooking", record(vaccinator2, booking, "PF-9"));
    assertRefused(
        404,
        "error.vaccinator.unknownBooking",
        vaccinator2.post(
            "api/vaccinator/bookings/" + booking + "/no-show", JsonValue.EMPTY_JSON_OBJECT));
    assertTrue(hooks.records(citizen).isEmpty());
    assertTrue(hooks.bookings(citizen).get(0).endsWith("|BOOKED|1|null"));
  }

  @Test
  void aNoShowIsMarkedFromTheAppointmentDayOn() {
    long citizen = citizen(Person.any("안옴"));
    long today = hooks.book(citizen, JONGNO, "PFIZER", 1, today(), LocalTime.of(0, 0));
    Api.Reply marked =
        vaccinator1.post(
            "api/vaccinator/bookings/" + today + "/no-show", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, marked.status(), marked::toString);
    assertEquals("NO_SHOW", marked.object().getString("status"));
    assertTrue(hooks.auditOfBooking(today).get(0).startsWith("vaccinator1|NO_SHOW|no-show"));
    assertRefused(409, "error.vaccination.notBooked", record(vaccinator1, today, "PF-2"));

    long later = hooks.book(citizen, JONGNO, "PFIZER", 1, today().plusDays(3), LocalTime.of(10, 0));
    assertRefused(
        409,
        "error.vaccination.noShowTooEarly",
        vaccinator1.post(
            "api/vaccinator/bookings/" + later + "/no-show", JsonValue.EMPTY_JSON_OBJECT));
  }

  @Test
  void onlyVaccinatorsMayUseTheVaccinatorApi() {
    assertEquals(401, new Api(base()).get("api/vaccinator/day").status());
    assertRefused(
        403,
        "error.forbidden",
        new Api(base()).as("operator1", "anshim-demo").get("api/vaccinator/day"));
    assertRefused(
        403,
        "error.forbidden",
        new Api(base())
            .as("investigator1", "anshim-demo")
            .post(
                "api/vaccinator/bookings/1/vaccination",
                Json.createObjectBuilder().add("lotNumber", "AB-1").build()));
  }

  private static Api.Reply record(Api vaccinator, long booking, String lot) {
    return vaccinator.post(
        "api/vaccinator/bookings/" + booking + "/vaccination",
        Json.createObjectBuilder().add("lotNumber", lot).build());
  }

  static long citizen(Person person) {
    return new CitizenClient(base(), "Vaccinator IT")
        .signInWithCarrier(person)
        .getJsonNumber("citizenId")
        .longValue();
  }

  static JsonObject ok(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.object();
  }

  static void assertRefused(int status, String key, Api.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertEquals(key, reply.object().getString("error"), reply::toString);
  }

  private static List<Long> ids(JsonObject day) {
    return day.getJsonArray("bookings").stream()
        .map(b -> b.asJsonObject().getJsonNumber("bookingId").longValue())
        .toList();
  }

  private static Optional<JsonObject> row(JsonObject day, long bookingId) {
    return day.getJsonArray("bookings").stream()
        .map(JsonValue::asJsonObject)
        .filter(b -> b.getJsonNumber("bookingId").longValue() == bookingId)
        .findFirst();
  }
}
