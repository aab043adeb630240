package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.booking.BookingServer.Citizen;
import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.CitizenClient.Person;
import io.anshim.waitingroom.WaitingRoomOperator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every bypass used on the July 2021 booking system, tried against the whole booking (waiting room
 * gate, booking policy, booking core) and refused: a direct URL or API call before the person's
 * window opens, a client clock set ahead, a request that never passed the queue (no token, a
 * forged, an expired or another person's token), and a second person booking for someone not
 * eligible for a proxy. Cohorts are born 1900, 1901 and 1904, which no demo window covers; the
 * windows are made here and deleted after each test.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class BookingBypassIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return BookingTestDeployment.earWithTestHooks();
  }

  private final BookingServer server = new BookingServer();
  private final List<Long> windows = new ArrayList<>();

  @AfterEach
  void deleteWindows() {
    for (long id : windows) {
      Api.Reply deleted = server.operator().delete("api/operator/booking-windows/" + id);
      assertEquals(204, deleted.status(), deleted::toString);
    }
  }

  // (a) a direct URL to the booking page and a direct booking API call before the window opens

  @Test
  void beforeTheWindowOpensTheBookingApiAndPageRefuseWithTheOpeningDate() {
    LocalDateTime opens = BookingServer.today().plusDays(3).atTime(20, 0);
    window(window("not yet 1904", 1904, opens, opens.plusDays(10)));
    Citizen early = server.signedInOnly(Person.bornOn("성급", LocalDate.of(1904, 4, 4)));

    // the page by its URL, without the queue: sent to the waiting room
    Api.Reply direct = early.client().get("booking/book.xhtml");
    assertEquals(302, direct.status(), direct::toString);
    early.client().passWaitingRoom();

    // through the queue, the page says when booking opens ...
    Api.Reply page = early.client().get("booking/book.xhtml");
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.body().contains("Your booking day is"), page::body);
    assertTrue(page.body().contains("20:00"), page::body);
    assertTrue(page.body().contains(String.valueOf(opens.getYear())), page::body);

    // ... and the API refuses with the opening date; nothing is booked, no place is taken
    long center = server.centerOffering("PFIZER");
    LocalDate day = BookingServer.someDay(5, 40);
    LocalTime time = BookingServer.someStart();
    int[] before = server.slot(center, day, time);
    Api.Reply refused = early.book(center, "PFIZER", day, time);
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("error.policy.notYet", refused.object().getString("error"));
    assertTrue(
        refused.object().getString("message").contains(String.valueOf(opens.getDayOfMonth())),
        refused::toString);
    assertTrue(refused.object().getString("message").contains("20:00"), refused::toString);
    assertTrue(early.mine().isEmpty());
    assertSlotUnchanged(before, server.slot(center, day, time));
  }

  // (b) a client clock set ahead

  @Test
  void aClientClockSetAheadChangesNothing() {
    LocalDateTime opens = BookingServer.today().plusDays(2).atTime(20, 0);
    window(window("clock 1904", 1904, opens, opens.plusDays(10)));
    Citizen early = server.citizen(Person.bornOn("시계", LocalDate.of(1904, 7, 7)));
    String ahead = opens.plusHours(1).toString();
    long center = server.centerOffering("MODERNA");
    LocalDate day = BookingServer.someDay(5, 40);
    LocalTime time = BookingServer.someStart();
    String body =
        Json.createObjectBuilder()
            .add("centerId", center)
            .add("vaccine", "MODERNA")
            .add("date", day.toString())
            .add("time", time.toString())
            .add("clientTime", ahead + "+09:00")
            .add("now", ahead)
            .build()
            .toString();

    Api.Reply refused =
        early
            .client()
            .post(
                "api/bookings?now=" + ahead + "&clientTime=" + ahead,
                body,
                "X-Client-Time",
                ahead + "+09:00",
                "X-Forwarded-Date",
                ahead);

    assertEquals(403, refused.status(), refused::toString);
    assertEquals("error.policy.notYet", refused.object().getString("error"));
    assertTrue(refused.object().getString("message").contains("20:00"), refused::toString);
    assertTrue(early.mine().isEmpty());
  }

  // (c) a booking request that did not pass the queue

  @Test
  void withoutPassingTheQueueEveryBookingCallIsSentBackAndNothingIsBooked() {
    Citizen skipper = server.signedInOnly(Person.any("새치기"));
    BookingServer.UnmadeSlot slot = server.unmadeSlot("PFIZER", 1, 50);
    long center = slot.center();
    LocalDate day = slot.day();
    LocalTime time = slot.time();
    int[] before = server.slot(center, day, time);

    assertAdmissionRequired("missing", skipper.book(center, "PFIZER", day, time));
    assertAdmissionRequired(
        "missing", skipper.client().get("api/booking/centers?province=11&vaccine=PFIZER"));
    assertAdmissionRequired(
        "missing", skipper.client().get("api/booking/centers/" + center + "/slots?date=" + day));
    assertAdmissionRequired("missing", skipper.move(1L, day, time));
    assertAdmissionRequired("missing", skipper.client().post("api/leftovers/1/bookings", ""));

    // forged: junk, and a token with its payload changed under the old signature
    assertAdmissionRequired("forged", bookWithToken(skipper, "junk.junk", center, day, time));
    Citizen admitted = server.citizen(Person.any("정상"));
    String token = admitted.client().passWaitingRoom();
    String[] parts = token.split("\\.");
    String stretched = parts[0].substring(0, parts[0].length() - 2) + "AA." + parts[1];
    assertAdmissionRequired("forged", bookWithToken(admitted, stretched, center, day, time));

    // another person's token, presented by someone who never queued
    assertAdmissionRequired("not_yours", bookWithToken(skipper, token, center, day, time));

    assertTrue(skipper.mine().isEmpty());
    assertTrue(admitted.mine().isEmpty());
    assertSlotUnchanged(before, server.slot(center, day, time));

    // and the one who queued books with the same request
    assertEquals(201, admitted.book(center, "PFIZER", day, time).status());
  }

  @Test
  void anExpiredAdmissionIsSentBackToTheQueue() throws InterruptedException {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(server.url())) {
      operator.admissionSeconds(2);
      Citizen slow = server.citizen(Person.any("느림"));
      Thread.sleep(3_000);
      long center = server.centerOffering("PFIZER");
      LocalDate day = BookingServer.someDay(1, 50);
      LocalTime time = BookingServer.someStart();

      assertAdmissionRequired("expired", slow.book(center, "PFIZER", day, time));
      assertTrue(slow.mine().isEmpty());
    }
  }

  // (d) a second person booking for someone not eligible for a proxy

  @Test
  void proxyBookingIsRefusedAndAuditedUnlessThePolicyAllowsItThenShowsForBoth() {
    LocalDateTime yesterday = BookingServer.today().minusDays(1).atStartOfDay();
    window(
        window("proxy 1900", 1900, yesterday, yesterday.plusDays(30))
            .add("proxyAllowed", true)
            .add("proxyRelationships", Json.createArrayBuilder().add("CHILD"))
            .add("vaccineCodes", Json.createArrayBuilder().add("PFIZER")));
    window(window("self only 1901", 1901, yesterday, yesterday.plusDays(30)));
    Citizen booker = server.citizen(Person.any("대리인"));
    Person selfOnly = Person.bornOn("본인만", LocalDate.of(1901, 2, 2));
    Person grandmother = Person.bornOn("할머니", LocalDate.of(1900, 3, 3));
    long center = server.centerOffering("PFIZER");
    LocalDate day = BookingServer.someDay(1, 20);
    LocalTime time = BookingServer.someStart();
    int[] before = server.slot(center, day, time);

    Api.Reply notForProxy = bookFor(booker, selfOnly, "CHILD", center, "PFIZER", day, time);
    assertEquals(403, notForProxy.status(), notForProxy::toString);
    assertEquals("error.policy.proxyNotAllowed", notForProxy.object().getString("error"));

    Api.Reply noRelationship = bookFor(booker, grandmother, null, center, "PFIZER", day, time);
    assertEquals(403, noRelationship.status(), noRelationship::toString);
    assertEquals("error.policy.relationshipRequired", noRelationship.object().getString("error"));

    Api.Reply sibling = bookFor(booker, grandmother, "SIBLING", center, "PFIZER", day, time);
    assertEquals(403, sibling.status(), sibling::toString);
    assertEquals("error.policy.relationshipNotAllowed", sibling.object().getString("error"));

    Api.Reply otherVaccine =
        bookFor(
            booker,
            grandmother,
            "CHILD",
            server.centerOffering("MODERNA"),
            "MODERNA",
            day,
            BookingServer.someStart());
    assertEquals(400, otherVaccine.status(), otherVaccine::toString);
    assertEquals("error.booking.vaccineNotInWindow", otherVaccine.object().getString("error"));

    assertTrue(booker.mine().isEmpty(), "nothing booked by the refusals");
    assertSlotUnchanged(before, server.slot(center, day, time));
    List<JsonObject> audit = proxyDecisionsOf(booker.id());
    assertTrue(
        audit.stream()
            .anyMatch(
                d ->
                    !d.getBoolean("granted")
                        && "error.policy.proxyNotAllowed".equals(d.getString("reason"))),
        audit::toString);
    assertTrue(
        audit.stream()
            .anyMatch(
                d ->
                    !d.getBoolean("granted")
                        && "error.policy.relationshipRequired".equals(d.getString("reason"))),
        audit::toString);

    // allowed: a child books for their grandmother (1900, proxy cohort) ...
    Api.Reply allowed = bookFor(booker, grandmother, "child", center, "PFIZER", day, time);
    assertEquals(201, allowed.status(), allowed::toString);
    JsonObject dose1 = allowed.json().asJsonArray().getJsonObject(0);
    long grandmotherId = dose1.getJsonNumber("citizenId").longValue();
    assertEquals(booker.id(), dose1.getJsonNumber("bookedByCitizenId").longValue());
    assertEquals("CHILD", dose1.getString("proxyRelationship"));
    assertEquals(2, allowed.json().asJsonArray().size(), "dose 2 with it");
    assertTrue(
        proxyDecisionsOf(booker.id()).stream()
            .anyMatch(
                d ->
                    d.getBoolean("granted")
                        && d.getJsonNumber("personCitizenId").longValue() == grandmotherId));

    // ... it shows in the booker's "my bookings" and in the grandmother's own
    List<JsonObject> bookersView = booker.mine();
    assertEquals(2, bookersView.size(), bookersView::toString);
    assertTrue(
        bookersView.stream()
            .allMatch(b -> b.getJsonNumber("citizenId").longValue() == grandmotherId));
    Citizen herself = server.signedInOnly(grandmother);
    assertEquals(grandmotherId, herself.id(), "the registered person signs in as herself");
    assertEquals(2, herself.mine().size());

    // the booker may cancel it without the queue; both see it cancelled
    long firstId = dose1.getJsonNumber("id").longValue();
    Api.Reply cancelled = booker.cancel(firstId);
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertTrue(herself.mine().stream().noneMatch(b -> b.getString("status").equals("BOOKED")));
  }

  @Test
  void aLeftoverDoseNeedsTheQueueAndAnOpenWindow() {
    Citizen outside = server.signedInOnly(Person.bornOn("창밖", LocalDate.of(1901, 9, 9)));
    assertAdmissionRequired("missing", outside.client().post("api/leftovers/1/bookings", ""));
    outside.client().passWaitingRoom();
    Api.Reply refused = outside.client().post("api/leftovers/1/bookings", "");
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("error.policy.noWindow", refused.object().getString("error"));
  }

  private void window(JsonObjectBuilder window) {
    Api.Reply created = server.operator().post("api/operator/booking-windows", window.build());
    assertEquals(201, created.status(), created::toString);
    windows.add(created.object().getJsonNumber("id").longValue());
  }

  private static JsonObjectBuilder window(
      String name, int bornYear, LocalDateTime opens, LocalDateTime closes) {
    return Json.createObjectBuilder()
        .add("nameKo", "IT " + name)
        .add("nameEn", "IT " + name)
        .add("bornFromYear", bornYear)
        .add("bornToYear", bornYear)
        .add("opensAt", opens.toString())
        .add("closesAt", closes.toString());
  }

  private static Api.Reply bookWithToken(
      Citizen citizen, String token, long center, LocalDate day, LocalTime time) {
    return citizen
        .client()
        .post(
            "api/bookings",
            Json.createObjectBuilder()
                .add("centerId", center)
                .add("vaccine", "PFIZER")
                .add("date", day.toString())
                .add("time", time.toString())
                .build()
                .toString(),
            "X-Admission-Token",
            token);
  }

  private static Api.Reply bookFor(
      Citizen booker,
      Person person,
      String relationship,
      long center,
      String vaccine,
      LocalDate day,
      LocalTime time) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("centerId", center)
            .add("vaccine", vaccine)
            .add("date", day.toString())
            .add("time", time.toString())
            .add(
                "for",
                Json.createObjectBuilder()
                    .add("name", person.name())
                    .add("residentNumber", person.residentNumber())
                    .add("mobile", person.mobile()));
    if (relationship != null) {
      body.add("relationship", relationship);
    }
    return booker.client().post("api/bookings", body.build().toString());
  }

  private List<JsonObject> proxyDecisionsOf(long bookerId) {
    Api.Reply audit = server.operator().get("api/operator/booking-windows/proxy-audit?size=100");
    assertEquals(200, audit.status(), audit::toString);
    return audit.object().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getJsonNumber("bookerCitizenId").longValue() == bookerId)
        .toList();
  }

  private static void assertAdmissionRequired(String reason, Api.Reply reply) {
    assertEquals(403, reply.status(), reply::toString);
    assertEquals("admission-required", reply.object().getString("error"), reply::toString);
    assertEquals(reason, reply.object().getString("reason"), reply::toString);
    assertNotNull(reply.object().getString("waitingRoom"));
    assertFalse(reply.object().getString("message").isBlank());
  }

  private static void assertSlotUnchanged(int[] before, int[] after) {
    int booked = before == null ? 0 : before[1];
    assertEquals(booked, after == null ? 0 : after[1], "no place taken");
  }
}
