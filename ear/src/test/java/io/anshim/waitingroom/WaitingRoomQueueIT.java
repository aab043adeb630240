package io.anshim.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The line through the API: first come first admitted at the set rate, one place per person across
 * sessions, the operator's live rate change.
 */
@ExtendWith(ArquillianExtension.class)
class WaitingRoomQueueIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void atOnePerSecondPeopleAreAdmittedInTheOrderTheyJoined() throws Exception {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(0.01); // while they join, nobody but the first goes through
      List<CitizenClient> people = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        CitizenClient person = new CitizenClient(base, "Phone " + i);
        person.signInWithCarrier(Person.any("줄서기" + i));
        people.add(person);
      }
      Map<Long, Integer> ticketOf = new LinkedHashMap<>();
      for (int i = 0; i < people.size(); i++) {
        JsonObject place = ok(people.get(i).post("api/waiting-room/places", ""));
        ticketOf.put(place.getJsonNumber("ticket").longValue(), i);
      }
      List<Long> tickets = new ArrayList<>(ticketOf.keySet());
      for (int i = 1; i < tickets.size(); i++) {
        assertTrue(tickets.get(i) > tickets.get(i - 1), "tickets in joining order " + tickets);
      }
      JsonObject last = ok(people.get(4).get("api/waiting-room/places/mine"));
      assertFalse(last.getBoolean("admitted"), last::toString);
      assertTrue(last.getInt("ahead") >= 3, last::toString);
      assertEquals(last.getInt("ahead") + 1, last.getInt("position"));
      assertTrue(last.getInt("estimatedWaitSeconds") >= last.getInt("position"), last::toString);

      operator.rate(1);

      List<Integer> admittedOrder = new ArrayList<>();
      long[] admittedAt = new long[people.size()];
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (admittedOrder.size() < people.size() && System.nanoTime() < deadline) {
        // the last to join polls first: polling order must not change the admission order
        for (int i = people.size() - 1; i >= 0; i--) {
          if (admittedOrder.contains(i)) {
            continue;
          }
          JsonObject place = ok(people.get(i).get("api/waiting-room/places/mine"));
          if (place.getBoolean("admitted")) {
            admittedOrder.add(i);
            admittedAt[i] = System.nanoTime();
            assertTrue(place.getString("token").contains("."), place::toString);
          }
        }
        Thread.sleep(100);
      }
      assertEquals(List.of(0, 1, 2, 3, 4), admittedOrder);
      double seconds = (admittedAt[4] - admittedAt[1]) / 1e9;
      assertTrue(seconds >= 2.5, "three admissions at one per second took " + seconds + " s");
    }
  }

  @Test
  void aPersonKeepsOnePlaceAcrossTwoSessionsEvenWhenTheNewSignInEndsTheOlder() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(0.05);
      Person person = Person.any("두기기");
      CitizenClient laptop = new CitizenClient(base, "Laptop");
      laptop.signInWithCarrier(person);
      JsonObject first = ok(laptop.post("api/waiting-room/places", ""));
      JsonObject again = ok(laptop.post("api/waiting-room/places", ""));
      assertEquals(first.getJsonNumber("ticket"), again.getJsonNumber("ticket"), "reload");

      CitizenClient phone = new CitizenClient(base, "Phone");
      phone.signInWithCarrier(person); // ends the laptop's session
      JsonObject onPhone = ok(phone.post("api/waiting-room/places", ""));
      assertEquals(first.getJsonNumber("ticket"), onPhone.getJsonNumber("ticket"), "second device");
      assertEquals(
          first.getJsonNumber("ticket"),
          ok(phone.get("api/waiting-room/places/mine")).getJsonNumber("ticket"));
      assertEquals(
          401,
          laptop.get("api/waiting-room/admission").status(),
          "the ended session cannot use an admission");
    }
  }

  @Test
  void theOperatorChangesTheRateLiveAndTheLineFollows() throws Exception {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      operator.rate(0.1);
      List<CitizenClient> people = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        CitizenClient person = new CitizenClient(base, "Phone " + i);
        person.signInWithCarrier(Person.any("속도" + i));
        people.add(person);
      }
      for (CitizenClient person : people) {
        ok(person.post("api/waiting-room/places", ""));
      }
      assertFalse(ok(people.get(3).get("api/waiting-room/places/mine")).getBoolean("admitted"));

      JsonObject changed = operator.rate(500);
      assertEquals(500.0, changed.getJsonNumber("ratePerSecond").doubleValue());
      assertEquals(500.0, operator.figures().getJsonNumber("ratePerSecond").doubleValue());
      Thread.sleep(1_100);
      for (CitizenClient person : people) {
        JsonObject place = ok(person.get("api/waiting-room/places/mine"));
        assertTrue(place.getBoolean("admitted"), place::toString);
      }
      JsonObject figures = operator.figures();
      assertTrue(figures.getJsonNumber("admittedPerSecond").doubleValue() >= 0, figures::toString);
      assertTrue(figures.getJsonNumber("servedUpTo").longValue() > 0, figures::toString);
    }
  }

  @Test
  void onlyOperatorsSetTheRateAndOnlySensibleValues() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base)) {
      Api.Reply zero = operator.change(Json.createObjectBuilder().add("ratePerSecond", 0));
      assertEquals(400, zero.status(), zero::toString);
      assertEquals("waitingroom.settings.rate", zero.object().getString("error"));
      Api.Reply anonymous = new Api(base).get("api/operator/waiting-room");
      assertEquals(401, anonymous.status(), anonymous::toString);
      CitizenClient citizen = new CitizenClient(base, "Phone");
      citizen.signInWithCarrier(Person.any("운영자아님"));
      assertEquals(403, citizen.get("api/operator/waiting-room").status());
      assertEquals(
          401, new CitizenClient(base, "Nobody").post("api/waiting-room/places", "").status());
      assertEquals(404, citizen.get("api/waiting-room/places/mine").status(), "never joined");
    }
  }

  private static JsonObject ok(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.object();
  }
}
