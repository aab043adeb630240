package io.anshim.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admission gate in front of booking, through a real @AdmissionRequired endpoint (GET
 * /api/waiting-room/admission) and the booking pages: every July 2021 bypass is sent back to the
 * queue with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class AdmissionGateIT {

  private static final String GATED = "api/waiting-room/admission";
  private static final String HEADER = "X-Admission-Token";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aPersonTheRoomAdmittedPassesWithTheSessionOrTheHeader() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(500);
      CitizenClient person = new CitizenClient(base, "Phone");
      long id = person.signInWithCarrier(Person.any("입장객")).getJsonNumber("citizenId").longValue();
      JsonObject place = admitted(person);

      Api.Reply fromSession = person.get(GATED);
      assertEquals(200, fromSession.status(), fromSession::toString);
      assertTrue(fromSession.object().getBoolean("valid"));
      assertEquals(id, fromSession.object().getJsonNumber("citizenId").longValue());
      assertEquals(place.getString("expiresAt"), fromSession.object().getString("expiresAt"));
      assertTrue(Instant.parse(place.getString("expiresAt")).isAfter(Instant.now()));

      Api.Reply fromHeader = person.get(GATED, HEADER, place.getString("token"));
      assertEquals(200, fromHeader.status(), fromHeader::toString);
    }
  }

  @Test
  void withoutPassingTheQueueTheRequestIsRefusedAndThePersonGetsAPlace() {
    CitizenClient person = new CitizenClient(base, "Phone").inLanguage("ko");
    person.signInWithCarrier(Person.any("새치기"));
    assertEquals(404, person.get("api/waiting-room/places/mine").status());

    Api.Reply refused = person.get(GATED);
    refusedBecause("missing", refused);
    assertTrue(refused.object().getString("message").contains("대기열"), refused::toString);
    Api.Reply page = person.get("booking/book.xhtml");
    assertEquals(302, page.status(), page::toString);
    assertEquals(200, person.get("api/waiting-room/places/mine").status(), "now has a place");
    assertEquals(401, new CitizenClient(base, "Visitor").get(GATED).status(), "no session");
  }

  @Test
  void aForgedTokenIsRefused() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(500);
      CitizenClient person = new CitizenClient(base, "Phone");
      person.signInWithCarrier(Person.any("위조범"));
      String token = admitted(person).getString("token");
      String[] parts = token.split("\\.");
      // the same signature over a payload that says it lasts until 2099
      String payload =
          new String(java.util.Base64.getUrlDecoder().decode(parts[0]))
              .replaceAll("\\.(\\d+)$", ".4102444800000");
      String stretched =
          java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
              + "."
              + parts[1];
      refusedBecause("forged", person.get(GATED, HEADER, stretched));
      refusedBecause("forged", person.get(GATED, HEADER, "made-up-token"));
    }
  }

  @Test
  void anotherPersonsTokenIsRefused() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(500);
      CitizenClient owner = new CitizenClient(base, "Phone");
      owner.signInWithCarrier(Person.any("주인"));
      String token = admitted(owner).getString("token");

      CitizenClient other = new CitizenClient(base, "Phone");
      other.signInWithCarrier(Person.any("대리인"));
      refusedBecause("not_yours", other.get(GATED, HEADER, token));
    }
  }

  @Test
  void aTokenOfAnEndedSessionIsWorthNothing() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(500);
      Person person = Person.any("재사용");
      CitizenClient laptop = new CitizenClient(base, "Laptop");
      laptop.signInWithCarrier(person);
      String oldToken = admitted(laptop).getString("token");
      assertEquals(200, laptop.get(GATED).status());

      CitizenClient phone = new CitizenClient(base, "Phone");
      phone.signInWithCarrier(person); // ends the laptop's session
      Api.Reply replayedOnLaptop = laptop.get(GATED);
      assertEquals(401, replayedOnLaptop.status(), replayedOnLaptop::toString);
      assertEquals(
          "error.identity.signedInElsewhere", replayedOnLaptop.object().getString("error"));
      refusedBecause("not_yours", phone.get(GATED, HEADER, oldToken));

      // the same person's place still holds: the new session gets its own token for it
      JsonObject onPhone = admitted(phone);
      assertNotEquals(oldToken, onPhone.getString("token"));
      assertEquals(200, phone.get(GATED).status());
    }
  }

  @Test
  void aSessionEndedElsewhereCannotBookOnItsVeryNextRequest() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(500);
      Person person = Person.any("바로끝");
      CitizenClient laptop = new CitizenClient(base, "Laptop");
      laptop.signInWithCarrier(person);
      admitted(laptop);
      // found open a moment ago (this node remembers that for a few seconds) ...
      assertEquals(200, laptop.get(GATED).status());
      assertEquals(200, laptop.get(GATED).status());

      new CitizenClient(base, "Phone").signInWithCarrier(person); // ends the laptop's session

      // ... yet the ending is seen at once, by the citizen filter and by the gate
      Api.Reply booking =
          laptop.post(
              "api/bookings",
              "{\"centerId\":1,\"vaccine\":\"PFIZER\",\"date\":\"2099-01-01\",\"time\":\"09:00\"}");
      assertEquals(401, booking.status(), booking::toString);
      assertEquals("error.identity.signedInElsewhere", booking.object().getString("error"));
    }
  }

  @Test
  void anExpiredAdmissionSendsThePersonBackToTheEndOfTheLine() throws Exception {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(500);
      operator.admissionSeconds(5); // long enough for the first request on a loaded runner
      CitizenClient person = new CitizenClient(base, "Phone");
      person.signInWithCarrier(Person.any("지각생"));
      JsonObject place = admitted(person);
      assertEquals(200, person.get(GATED).status());
      Thread.sleep(5_500);

      refusedBecause("expired", person.get(GATED));
      Api.Reply page = person.get("booking/book.xhtml");
      assertEquals(302, page.status(), page::toString);
      JsonObject again = admitted(person);
      assertTrue(
          again.getJsonNumber("ticket").longValue() > place.getJsonNumber("ticket").longValue(),
          "a new place at the back");
    }
  }

  @Test
  void bookingPagesNeedAnAdmission() {
    CitizenClient visitor = new CitizenClient(base, "Phone");
    Api.Reply notSignedIn = visitor.get("booking/book.xhtml");
    assertEquals(302, notSignedIn.status());

    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(500);
      CitizenClient person = new CitizenClient(base, "Phone");
      person.signInWithCarrier(Person.any("직접주소"));
      assertEquals(200, person.get("booking/waiting-room.xhtml").status(), "the room is open");
      assertEquals(302, person.get("booking/book.xhtml").status(), "a direct URL");
      admitted(person);
      Api.Reply admittedPage = person.get("booking/book.xhtml");
      assertNotEquals(302, admittedPage.status(), admittedPage::toString);
    }
  }

  private static JsonObject admitted(CitizenClient person) {
    Api.Reply joined = person.post("api/waiting-room/places", "");
    assertEquals(200, joined.status(), joined::toString);
    JsonObject place = joined.object();
    for (int i = 0; i < 50 && !place.getBoolean("admitted"); i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      place = person.get("api/waiting-room/places/mine").object();
    }
    assertTrue(place.getBoolean("admitted"), place::toString);
    assertFalse(place.getString("token").isBlank());
    return place;
  }

  private static void refusedBecause(String reason, Api.Reply reply) {
    assertEquals(403, reply.status(), reply::toString);
    JsonObject body = reply.object();
    assertEquals("admission-required", body.getString("error"));
    assertEquals(reason, body.getString("reason"));
    assertEquals("/booking/waiting-room.xhtml", body.getString("waitingRoom"));
    assertFalse(body.getString("message").isBlank());
  }
}
