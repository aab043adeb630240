package io.anshim.booking.policy;

import static io.anshim.booking.policy.PolicyWindowsFixture.today;
import static io.anshim.booking.policy.PolicyWindowsFixture.window;
import static io.anshim.booking.policy.PolicyWindowsFixture.withRotationFromToday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking policy through the real EAR: an operator's windows decide who may book when and for
 * whom, by the server's clock only. Each test uses its own birth year (1900-1905), which no demo
 * window covers, and deletes its windows.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class BookingPolicyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  private PolicyWindowsFixture windows;

  @BeforeEach
  void cleanUp() {
    windows = new PolicyWindowsFixture(base);
    windows.removeLeftovers();
  }

  @Test
  void onTheRotationDayTheRightDigitBooksAndAnotherIsToldTheDateItOpens() {
    LocalDateTime yesterday = today().minusDays(1).atStartOfDay();
    long id =
        windows.create(
            withRotationFromToday(
                window("rotation 1900", 1900, 1900, yesterday, yesterday.plusDays(30)), 3));
    try {
      CitizenClient digit3 = signedIn(LocalDate.of(1900, 1, 13));
      Api.Reply allowed = digit3.post("api/booking/permission", "{}");
      assertEquals(200, allowed.status(), allowed::toString);
      assertEquals(id, allowed.object().getJsonNumber("windowId").longValue());
      JsonObject open = digit3.get("api/booking/eligibility").object();
      assertEquals("OPEN", open.getJsonObject("day").getString("state"), open::toString);

      CitizenClient digit4 = signedIn(LocalDate.of(1900, 2, 14));
      Api.Reply refused = digit4.post("api/booking/permission", "{}");
      LocalDate tomorrow = today().plusDays(1);
      assertEquals(403, refused.status(), refused::toString);
      assertEquals("error.policy.notYet", refused.object().getString("error"));
      assertEquals(
          "Not yet: the booking day is "
              + tomorrow.getDayOfMonth()
              + " "
              + tomorrow.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + tomorrow.getYear()
              + " from 00:00 (Korea time).",
          refused.object().getString("message"));
      JsonObject day = digit4.inLanguage("ko").get("api/booking/eligibility").object();
      assertEquals("NOT_YET", day.getJsonObject("day").getString("state"));
      assertEquals(
          "예약일은 "
              + tomorrow.getYear()
              + "년 "
              + tomorrow.getMonthValue()
              + "월 "
              + tomorrow.getDayOfMonth()
              + "일 00:00부터입니다 (한국 시간).",
          day.getString("text"));
    } finally {
      windows.delete(id);
    }
  }

  @Test
  void aClientClockSetAheadChangesNothing() {
    LocalDateTime yesterday = today().minusDays(1).atStartOfDay();
    long id =
        windows.create(
            withRotationFromToday(
                window("clock 1905", 1905, 1905, yesterday, yesterday.plusDays(30)), 3));
    try {
      CitizenClient digit5 = signedIn(LocalDate.of(1905, 3, 5)); // day: today + 2
      String ahead = today().plusDays(2).atTime(12, 0).toString();
      Api.Reply withBody =
          digit5.post("api/booking/permission", "{\"clientTime\":\"" + ahead + "+09:00\"}");
      assertEquals(403, withBody.status(), withBody::toString);
      assertEquals("error.policy.notYet", withBody.object().getString("error"));
      JsonObject day =
          digit5
              .get(
                  "api/booking/eligibility?now=" + ahead,
                  "X-Client-Time",
                  ahead + "+09:00",
                  "X-Forwarded-Date",
                  ahead)
              .object();
      assertEquals("NOT_YET", day.getJsonObject("day").getString("state"), day::toString);
    } finally {
      windows.delete(id);
    }
  }

  @Test
  void aWindowNotYetOpenIsRefusedWithItsOpeningTime() {
    LocalDateTime opens = today().plusDays(3).atTime(20, 0);
    long id = windows.create(window("later 1901", 1901, 1901, opens, opens.plusDays(10)));
    try {
      CitizenClient person = signedIn(LocalDate.of(1901, 6, 7));
      Api.Reply refused = person.inLanguage("ko").post("api/booking/permission", "{}");
      assertEquals(403, refused.status(), refused::toString);
      assertEquals(
          "아직 예약할 수 없습니다. 예약일은 "
              + opens.getYear()
              + "년 "
              + opens.getMonthValue()
              + "월 "
              + opens.getDayOfMonth()
              + "일 20:00부터입니다 (한국 시간).",
          refused.object().getString("message"));
    } finally {
      windows.delete(id);
    }
  }

  @Test
  void aFamilyMemberMayBookForAProxyCohortOnlyWithAnAllowedRelationship() {
    LocalDateTime yesterday = today().minusDays(1).atStartOfDay();
    long proxyWindow =
        windows.create(
            window("60+ proxy 1902", 1902, 1902, yesterday, yesterday.plusDays(30))
                .add("proxyAllowed", true)
                .add("proxyRelationships", Json.createArrayBuilder().add("CHILD").add("SPOUSE")));
    long selfOnly =
        windows.create(window("60+ self 1903", 1903, 1903, yesterday, yesterday.plusDays(30)));
    try {
      CitizenClient booker = new CitizenClient(base, "policy-it proxy");
      long bookerId =
          booker.signInWithCarrier(Person.any("김자녀")).getJsonNumber("citizenId").longValue();
      Person grandmother = Person.bornOn("박할머니", LocalDate.of(1902, 5, 5));

      Api.Reply noRelationship = booker.post("api/booking/proxy", proxy(grandmother, null));
      assertEquals(403, noRelationship.status(), noRelationship::toString);
      assertEquals("error.policy.relationshipRequired", noRelationship.object().getString("error"));

      Api.Reply sibling = booker.post("api/booking/proxy", proxy(grandmother, "SIBLING"));
      assertEquals(403, sibling.status(), sibling::toString);
      assertEquals(
          "Booking as SIBLING is not allowed for this person's group. Allowed: CHILD, SPOUSE.",
          sibling.object().getString("message"));

      Api.Reply child = booker.post("api/booking/proxy", proxy(grandmother, "child"));
      assertEquals(200, child.status(), child::toString);
      long grandmotherId = child.object().getJsonNumber("personCitizenId").longValue();
      JsonObject permission = child.object().getJsonObject("permission");
      assertEquals(proxyWindow, permission.getJsonNumber("windowId").longValue());
      assertEquals("CHILD", permission.getString("relationship"));
      assertEquals(bookerId, permission.getJsonNumber("bookerCitizenId").longValue());

      Api.Reply otherName =
          booker.post(
              "api/booking/proxy",
              proxy(new Person("다른이름", grandmother.residentNumber(), null), "CHILD"));
      assertEquals(400, otherName.status(), otherName::toString);

      Person grandfather = Person.bornOn("최할아버지", LocalDate.of(1903, 8, 8));
      Api.Reply notForProxy = booker.post("api/booking/proxy", proxy(grandfather, "CHILD"));
      assertEquals(403, notForProxy.status(), notForProxy::toString);
      assertEquals("error.policy.proxyNotAllowed", notForProxy.object().getString("error"));

      List<JsonObject> decisions =
          windows
              .operator()
              .get("api/operator/booking-windows/proxy-audit?size=100")
              .object()
              .getJsonArray("items")
              .stream()
              .map(JsonValue::asJsonObject)
              .filter(d -> d.getJsonNumber("bookerCitizenId").longValue() == bookerId)
              .toList();
      assertEquals(4, decisions.size(), decisions::toString);
      assertEquals(1, decisions.stream().filter(d -> d.getBoolean("granted")).count());
      assertTrue(
          decisions.stream()
              .anyMatch(
                  d ->
                      d.getBoolean("granted")
                          && d.getJsonNumber("personCitizenId").longValue() == grandmotherId
                          && "CHILD".equals(d.getString("relationship"))));
      assertTrue(
          decisions.stream()
              .anyMatch(d -> "error.policy.proxyNotAllowed".equals(d.getString("reason"))));
    } finally {
      windows.delete(proxyWindow);
      windows.delete(selfOnly);
    }
  }

  @Test
  void aPriorityGroupWindowOpensForPeopleTheOperatorAdded() {
    String group =
        "IT_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    LocalDateTime yesterday = today().minusDays(1).atStartOfDay();
    long id =
        windows.create(
            Json.createObjectBuilder()
                .add("nameKo", "IT 우선 " + group)
                .add("nameEn", "IT priority " + group)
                .add("priorityGroup", group)
                .add("opensAt", yesterday.toString())
                .add("closesAt", yesterday.plusDays(30).toString()));
    try {
      Person teacher = Person.bornOn("정교사", LocalDate.of(1904, 4, 4));
      CitizenClient citizen = new CitizenClient(base, "policy-it group");
      citizen.signInWithCarrier(teacher);
      assertEquals(
          "NO_WINDOW",
          citizen.get("api/booking/eligibility").object().getJsonObject("day").getString("state"));

      Api.Reply added =
          windows
              .operator()
              .post(
                  "api/operator/priority-groups/" + group + "/members",
                  Json.createObjectBuilder()
                      .add("residentNumber", teacher.residentNumber())
                      .build());
      assertEquals(201, added.status(), added::toString);
      assertEquals(teacher.masked(), added.object().getString("maskedResidentNumber"));
      assertFalse(added.body().contains(teacher.residentNumber().substring(8)), "never in clear");
      Api.Reply again =
          windows
              .operator()
              .post(
                  "api/operator/priority-groups/" + group + "/members",
                  Json.createObjectBuilder()
                      .add("residentNumber", teacher.residentNumber())
                      .build());
      assertEquals(200, again.status(), again::toString);
      assertEquals(1, again.object().getInt("groupSize"));

      JsonObject day = citizen.get("api/booking/eligibility").object().getJsonObject("day");
      assertEquals("OPEN", day.getString("state"), day::toString);
      assertEquals(id, day.getJsonNumber("windowId").longValue());
    } finally {
      windows.delete(id);
    }
  }

  @Test
  void everyChangeIsAuditedWithWhoAndWhen() {
    LocalDateTime opens = today().plusDays(40).atTime(9, 0);
    long id = windows.create(window("audit 1904", 1904, 1904, opens, opens.plusDays(5)));
    JsonObject form = windows.operator().get("api/operator/booking-windows/" + id).object();
    Api.Reply changed =
        windows
            .operator()
            .put(
                "api/operator/booking-windows/" + id,
                Json.createObjectBuilder(form).add("nameEn", "IT audit 1904 changed").build());
    assertEquals(200, changed.status(), changed::toString);
    Api.Reply stale =
        windows
            .operator()
            .put("api/operator/booking-windows/" + id, Json.createObjectBuilder(form).build());
    assertEquals(409, stale.status(), stale::toString);
    windows.delete(id);

    List<JsonObject> trail =
        windows
            .operator()
            .get("api/operator/booking-windows/audit?size=100")
            .object()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.containsKey("windowId") && c.getJsonNumber("windowId").longValue() == id)
            .toList();
    assertEquals(
        List.of("WINDOW_DELETED", "WINDOW_CHANGED", "WINDOW_CREATED"),
        trail.stream().map(c -> c.getString("action")).toList());
    assertTrue(trail.stream().allMatch(c -> "operator1".equals(c.getString("changedBy"))));
    assertTrue(trail.get(1).getString("details").contains("IT audit 1904 changed"));
  }

  @Test
  void badWindowsAreRefusedWithClearMessages() {
    LocalDateTime opens = today().plusDays(5).atTime(9, 0);
    Api.Reply closesFirst =
        windows
            .operator()
            .post(
                "api/operator/booking-windows",
                window("bad 1904", 1904, 1904, opens, opens.minusDays(1)).build());
    assertEquals(400, closesFirst.status(), closesFirst::toString);
    assertTrue(
        closesFirst.body().contains("The window must close after it opens."),
        closesFirst::toString);

    Api.Reply both =
        windows
            .operator()
            .post(
                "api/operator/booking-windows",
                window("bad 1904", 1904, 1904, opens, opens.plusDays(1))
                    .add("priorityGroup", "HEALTHCARE")
                    .build());
    assertEquals(400, both.status(), both::toString);
    assertTrue(both.body().contains("\"cohortGiven\""), both::toString);

    Api.Reply halfRotation =
        windows
            .operator()
            .post(
                "api/operator/booking-windows",
                window("bad 1904", 1904, 1904, opens, opens.plusDays(1))
                    .add("rotationFirstDay", opens.toLocalDate().toString())
                    .add("rotationFirstDigit", 12)
                    .build());
    assertEquals(400, halfRotation.status(), halfRotation::toString);
    assertTrue(halfRotation.body().contains("\"rotationComplete\""), halfRotation::toString);
    assertTrue(halfRotation.body().contains("\"rotationFirstDigit\""), halfRotation::toString);

    Api.Reply proxyWithout =
        windows
            .operator()
            .post(
                "api/operator/booking-windows",
                window("bad 1904", 1904, 1904, opens, opens.plusDays(1))
                    .add("proxyAllowed", true)
                    .build());
    assertEquals(400, proxyWithout.status(), proxyWithout::toString);
    assertTrue(proxyWithout.body().contains("\"proxyRelationshipsGiven\""), proxyWithout::toString);

    Api.Reply unknownVaccine =
        windows
            .operator()
            .post(
                "api/operator/booking-windows",
                window("bad 1904", 1904, 1904, opens, opens.plusDays(1))
                    .add("vaccineCodes", Json.createArrayBuilder().add("SPUTNIK"))
                    .build());
    assertEquals(400, unknownVaccine.status(), unknownVaccine::toString);
    assertEquals("error.unknownVaccine", unknownVaccine.object().getString("error"));

    boolean saved =
        windows.operator().get("api/operator/booking-windows").json().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(w -> w.getJsonObject("name").getString("en").equals("IT bad 1904"));
    assertFalse(saved, "no refused window was stored");
  }

  @Test
  void onlyOperatorsMaySeeOrChangeWindows() {
    assertEquals(401, new Api(base).get("api/operator/booking-windows").status());
    assertEquals(
        403,
        new Api(base)
            .as("vaccinator1", "anshim-demo")
            .get("api/operator/booking-windows")
            .status());
    Api.Reply vaccinatorPost =
        new Api(base)
            .as("vaccinator1", "anshim-demo")
            .post(
                "api/operator/booking-windows",
                window("x", 1904, 1904, today().atTime(0, 0), today().atTime(1, 0)).build());
    assertEquals(403, vaccinatorPost.status(), vaccinatorPost::toString);
    CitizenClient citizen = new CitizenClient(base, "policy-it citizen");
    citizen.signInWithCarrier(Person.any("홍길동"));
    assertEquals(403, citizen.get("api/operator/booking-windows").status());
    assertEquals(
        401, new CitizenClient(base, "policy-it nobody").get("api/booking/eligibility").status());
  }

  @Test
  void theDemoWindowKeepsEveryAdultOfTheOtherTestsEligible() {
    CitizenClient citizen = new CitizenClient(base, "policy-it adult");
    citizen.signInWithCarrier(Person.bornOn("이성인", LocalDate.of(1960, 1, 1)));
    JsonObject day = citizen.get("api/booking/eligibility").object().getJsonObject("day");
    assertEquals("OPEN", day.getString("state"), day::toString);
    CitizenClient young = new CitizenClient(base, "policy-it adult 2");
    young.signInWithCarrier(Person.bornOn("박청년", LocalDate.of(1999, 12, 28)));
    assertEquals(200, young.post("api/booking/permission", "{}").status());
  }

  private CitizenClient signedIn(LocalDate birthDate) {
    CitizenClient citizen = new CitizenClient(base, "policy-it " + birthDate);
    citizen.signInWithCarrier(Person.bornOn("시민" + birthDate.getDayOfMonth(), birthDate));
    return citizen;
  }

  private static String proxy(Person person, String relationship) {
    var body =
        Json.createObjectBuilder()
            .add("name", person.name())
            .add("residentNumber", person.residentNumber());
    if (relationship != null) {
      body.add("relationship", relationship);
    }
    return body.build().toString();
  }
}
