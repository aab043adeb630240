package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.booking.BookingServer.Citizen;
import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.CitizenClient;
import io.anshim.vaccination.VaccinationTestDeployment.Hooks;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking through the citizen API: dose 2 inside each vaccine's interval, one active booking per
 * person, change and cancel with their places, and what a citizen may not do.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class BookingApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return BookingTestDeployment.earWithTestHooksAndFixtures();
  }

  private final BookingServer server = new BookingServer();
  private final Hooks fixtures = new Hooks();

  @Test
  void secondDoseOfPfizerIsBooked21DaysLaterAtTheSameTime() {
    secondDoseIsBookedAtTheVaccineInterval("PFIZER", 21);
  }

  @Test
  void secondDoseOfModernaIsBooked28DaysLater() {
    secondDoseIsBookedAtTheVaccineInterval("MODERNA", 28);
  }

  @Test
  void secondDoseOfAstraZenecaIsBooked56DaysLater() {
    secondDoseIsBookedAtTheVaccineInterval("ASTRAZENECA", 56);
  }

  @Test
  void janssenIsASingleDose() {
    Citizen citizen = server.citizen("얀센");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("JANSSEN", 1, 55);
    long center = slot.center();
    LocalDate day = slot.day();
    LocalTime time = slot.time();

    List<JsonObject> booked = citizen.bookOk(center, "JANSSEN", day, time);

    assertEquals(1, booked.size(), booked::toString);
    assertEquals(1, booked.get(0).getInt("dose"));
    assertEquals(day.toString(), booked.get(0).getString("date"));
  }

  private void secondDoseIsBookedAtTheVaccineInterval(String vaccine, int minDays) {
    Citizen citizen = server.citizen("이" + vaccine);
    BookingServer.UnmadeSlot slot = server.unmadeSlot(vaccine, 1, 55);
    // dose 2's slot, if another test made it, may be full: dose 2 would go to another time
    while (server.slot(slot.center(), slot.day().plusDays(minDays), slot.time()) != null) {
      slot = server.unmadeSlot(vaccine, 1, 55);
    }
    long center = slot.center();
    LocalDate day = slot.day();
    LocalTime time = slot.time();

    List<JsonObject> booked = citizen.bookOk(center, vaccine, day, time);

    assertEquals(2, booked.size(), booked::toString);
    JsonObject first = booked.get(0);
    JsonObject second = booked.get(1);
    assertEquals(1, first.getInt("dose"));
    assertEquals(day.toString(), first.getString("date"));
    assertEquals(2, second.getInt("dose"));
    assertEquals(day.plusDays(minDays).toString(), second.getString("date"));
    assertEquals(time, LocalTime.parse(second.getString("time")), "same time of day");
    assertEquals(center, second.getJsonNumber("centerId").longValue());
    assertEquals(
        first.getJsonNumber("id").longValue(), second.getJsonNumber("firstDoseId").longValue());
    int[] after = server.slot(center, day, time);
    assertEquals(1, after[1], "one place taken");
    assertEquals(after[1], after[2], "booked counter equals active bookings");
    List<String> texts = server.texts(citizen, first.getJsonNumber("id").longValue());
    assertEquals(1, texts.size(), texts::toString);
    assertTrue(texts.get(0).contains(day.plusDays(minDays).toString()), texts::toString);
  }

  @Test
  void aSecondBookingIsRefusedWithAClearMessage() {
    Citizen citizen = server.citizen("두번");
    long center = server.centerOffering("PFIZER");
    LocalDate day = BookingServer.someDay(1, 30);
    citizen.bookOk(center, "PFIZER", day, BookingServer.someStart());

    Api.Reply again = citizen.book(center, "PFIZER", day.plusDays(1), BookingServer.someStart());

    assertEquals(409, again.status(), again::toString);
    assertEquals("error.booking.alreadyBooked", again.object().getString("error"));
    assertTrue(again.object().getString("message").contains("already"), again::toString);
    assertEquals(2, citizen.mine().size());
  }

  @Test
  void movingDose1MovesDose2WhenItLeavesTheIntervalAndReleasesThePlaces() {
    Citizen citizen = server.citizen("변경");
    long center = server.centerOffering("PFIZER");
    LocalDate day = BookingServer.someDay(1, 20);
    LocalTime time = BookingServer.someStart();
    List<JsonObject> booked = citizen.bookOk(center, "PFIZER", day, time);
    long dose1 = booked.get(0).getJsonNumber("id").longValue();
    LocalDate oldSecond = LocalDate.parse(booked.get(1).getString("date"));
    int[] oldFirstSlot = server.slot(center, day, time);
    int[] oldSecondSlot = server.slot(center, oldSecond, time);
    LocalDate newDay = day.plusDays(10);
    LocalTime newTime = BookingServer.someStart();

    Api.Reply moved = citizen.move(dose1, newDay, newTime);

    assertEquals(200, moved.status(), moved::toString);
    List<JsonObject> active =
        citizen.mine().stream().filter(b -> b.getString("status").equals("BOOKED")).toList();
    JsonObject first = active.stream().filter(b -> b.getInt("dose") == 1).findFirst().orElseThrow();
    JsonObject second =
        active.stream().filter(b -> b.getInt("dose") == 2).findFirst().orElseThrow();
    assertEquals(newDay.toString(), first.getString("date"));
    assertEquals(newTime, LocalTime.parse(first.getString("time")));
    assertEquals(newDay.plusDays(21).toString(), second.getString("date"), "dose 2 followed");
    assertEquals(oldFirstSlot[1] - 1, server.slot(center, day, time)[1], "old place released");
    assertEquals(oldSecondSlot[1] - 1, server.slot(center, oldSecond, time)[1]);
    int[] newSlot = server.slot(center, newDay, newTime);
    assertEquals(newSlot[1], newSlot[2], "booked counter equals active bookings");
  }

  @Test
  void dose2CannotMoveOutsideTheInterval() {
    Citizen citizen = server.citizen("간격");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("MODERNA", 1, 20);
    long center = slot.center();
    LocalDate day = slot.day();
    List<JsonObject> booked = citizen.bookOk(center, "MODERNA", day, slot.time());
    long dose2 = booked.get(1).getJsonNumber("id").longValue();

    Api.Reply tooEarly = citizen.move(dose2, day.plusDays(20), LocalTime.of(10, 0));
    Api.Reply inside =
        citizen.move(dose2, day.plusDays(35), server.freeStart(center, day.plusDays(35)));

    assertEquals(400, tooEarly.status(), tooEarly::toString);
    assertEquals("error.booking.outsideInterval", tooEarly.object().getString("error"));
    assertEquals(200, inside.status(), inside::toString);
  }

  @Test
  void cancellingDose1CancelsDose2AndReleasesBothPlaces() {
    Citizen citizen = server.citizen("취소");
    long center = server.centerOffering("PFIZER");
    LocalDate day = BookingServer.someDay(1, 40);
    LocalTime time = BookingServer.someStart();
    List<JsonObject> booked = citizen.bookOk(center, "PFIZER", day, time);
    LocalDate second = LocalDate.parse(booked.get(1).getString("date"));
    // dose 2 takes the nearest free time when the same time is full
    LocalTime secondTime = LocalTime.parse(booked.get(1).getString("time"));
    int[] firstBefore = server.slot(center, day, time);
    int[] secondBefore = server.slot(center, second, secondTime);

    Api.Reply cancelled = citizen.cancel(booked.get(0).getJsonNumber("id").longValue());

    assertEquals(200, cancelled.status(), cancelled::toString);
    assertTrue(
        citizen.mine().stream().allMatch(b -> b.getString("status").equals("CANCELLED")),
        citizen.mine()::toString);
    assertEquals(firstBefore[1] - 1, server.slot(center, day, time)[1]);
    assertEquals(secondBefore[1] - 1, server.slot(center, second, secondTime)[1]);
    assertEquals(2, server.texts(citizen, booked.get(0).getJsonNumber("id").longValue()).size());
    citizen.bookOk(center, "PFIZER", day, time); // free to book again
  }

  @Test
  void nobodyChangesOrCancelsAnotherPersonsBooking() {
    Citizen owner = server.citizen("주인");
    Citizen other = server.citizen("남");
    long center = server.centerOffering("PFIZER");
    List<JsonObject> booked =
        owner.bookOk(center, "PFIZER", BookingServer.someDay(1, 40), BookingServer.someStart());
    long id = booked.get(0).getJsonNumber("id").longValue();

    Api.Reply cancel = other.cancel(id);
    Api.Reply move = other.move(id, BookingServer.someDay(1, 40), LocalTime.of(9, 0));

    assertEquals(403, cancel.status(), cancel::toString);
    assertEquals(403, move.status(), move::toString);
    assertTrue(other.mine().isEmpty());
    assertTrue(owner.mine().stream().allMatch(b -> b.getString("status").equals("BOOKED")));
  }

  @Test
  void aFullSlotIsRefused() {
    BookingServer.UnmadeSlot slot = server.unmadeSlot("JANSSEN", 45, 58);
    long center = slot.center();
    LocalDate day = slot.day();
    LocalTime time = slot.time();
    Citizen first = server.citizen("첫째");
    Citizen second = server.citizen("둘째");
    server.setDosesPerSlot(center, 1);
    List<JsonObject> booked;
    try {
      booked = first.bookOk(center, "JANSSEN", day, time); // makes the day's slots, one place each
    } finally {
      server.setDosesPerSlot(center, 20);
    }
    try {
      Api.Reply full = second.book(center, "JANSSEN", day, time);

      assertEquals(409, full.status(), full::toString);
      assertEquals("error.booking.slotFull", full.object().getString("error"));
      assertArrayEquals(new int[] {1, 1, 1}, server.slot(center, day, time));
    } finally {
      giveTheDayBack(first, booked, center, day);
    }
  }

  @Test
  void aPlaceGivenBackInAFullSlotCanBeBookedAgain() {
    BookingServer.UnmadeSlot slot = server.unmadeSlot("JANSSEN", 45, 58);
    long center = slot.center();
    LocalDate day = slot.day();
    LocalTime time = slot.time();
    Citizen first = server.citizen("먼저");
    Citizen second = server.citizen("나중");
    server.setDosesPerSlot(center, 1);
    List<JsonObject> booked;
    try {
      booked = first.bookOk(center, "JANSSEN", day, time);
    } finally {
      server.setDosesPerSlot(center, 20);
    }
    // refused twice: the second refusal comes from the node's note that the slot is full
    assertEquals(409, second.book(center, "JANSSEN", day, time).status());
    assertEquals(409, second.book(center, "JANSSEN", day, time).status());

    Api.Reply cancelled = first.cancel(booked.get(0).getJsonNumber("id").longValue());
    Api.Reply again = second.book(center, "JANSSEN", day, time);

    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals(201, again.status(), again::toString);
    assertArrayEquals(new int[] {1, 1, 1}, server.slot(center, day, time));
    giveTheDayBack(second, again.json().asJsonArray().getValuesAs(JsonObject.class), center, day);
  }

  /**
   * After a test of one place per slot: the booking cancelled (the node forgets that the slot was
   * full) and the day's slots given their usual places, so that no later test of this run meets a
   * day of one-place slots.
   */
  private void giveTheDayBack(Citizen holder, List<JsonObject> booked, long center, LocalDate day) {
    holder.cancel(booked.get(0).getJsonNumber("id").longValue());
    fixtures.reopen(center, day, 20);
  }

  @Test
  void aRecordedFirstDoseBooksOnlyTheSecondInsideTheInterval() {
    Citizen citizen = server.citizen("기록");
    long center = server.centerOffering("PFIZER");
    server.recordDose(citizen.id(), center, "PFIZER", 1, 2, 10);
    LocalDate tooEarly = BookingServer.today().plusDays(5);
    LocalDate inside = BookingServer.today().plusDays(15);

    Api.Reply refused = citizen.book(center, "PFIZER", tooEarly, LocalTime.of(9, 0));
    List<JsonObject> booked = citizen.bookOk(center, "PFIZER", inside, LocalTime.of(9, 0));

    assertEquals(400, refused.status(), refused::toString);
    assertEquals("error.booking.outsideInterval", refused.object().getString("error"));
    assertEquals(1, booked.size(), booked::toString);
    assertEquals(2, booked.get(0).getInt("dose"));
  }

  @Test
  void aFullyVaccinatedPersonCannotBook() {
    Citizen citizen = server.citizen("완료");
    long center = server.centerOffering("JANSSEN");
    server.recordDose(citizen.id(), center, "JANSSEN", 1, 1, 30);

    Api.Reply refused =
        citizen.book(center, "JANSSEN", BookingServer.someDay(1, 30), LocalTime.of(9, 0));

    assertEquals(409, refused.status(), refused::toString);
    assertEquals("error.booking.fullyVaccinated", refused.object().getString("error"));
  }

  @Test
  void pastSlotsUnknownTimesAndVaccinesNotOfferedAreRefused() {
    Citizen citizen = server.citizen("거절");
    long center = server.centerOffering("JANSSEN");
    long noJanssen = server.centerNotOffering("JANSSEN");

    Api.Reply past =
        citizen.book(center, "JANSSEN", BookingServer.today().minusDays(1), LocalTime.of(9, 0));
    Api.Reply notASlot =
        citizen.book(center, "JANSSEN", BookingServer.someDay(1, 30), LocalTime.of(9, 15));
    Api.Reply tooFar =
        citizen.book(center, "JANSSEN", BookingServer.today().plusDays(61), LocalTime.of(9, 0));

    assertEquals("error.booking.slotPast", past.object().getString("error"), past::toString);
    assertEquals("error.booking.noSuchSlot", notASlot.object().getString("error"));
    assertEquals("error.booking.outsideInterval", tooFar.object().getString("error"));
    Api.Reply offered =
        citizen.book(noJanssen, "JANSSEN", BookingServer.someDay(1, 3), LocalTime.of(9, 0));
    assertEquals("error.booking.vaccineNotOffered", offered.object().getString("error"));
    assertTrue(citizen.mine().isEmpty());
  }

  /**
   * Every booking reads its center and vaccine from the second-level cache, so nothing a booking
   * writes may empty it (an undeclared native update would, and every booking would read both from
   * the database again).
   */
  @Test
  void aBookingLeavesItsCenterAndVaccineInTheSecondLevelCache() {
    BookingServer.UnmadeSlot slot = server.unmadeSlot("PFIZER", 1, 30);

    server.citizen("캐시").bookOk(slot.center(), "PFIZER", slot.day(), slot.time());

    assertEquals("true true", server.cached(slot.center(), "PFIZER"));
  }

  /** The center and what it offers are kept in the second-level cache; an edit must reach it. */
  @Test
  void aVaccineTheOperatorStopsOfferingIsRefusedAtOnceAndBookableWhenOfferedAgain() {
    Citizen citizen = server.citizen("제공");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("JANSSEN", 1, 55);
    String path = "api/operator/centers/" + slot.center();
    Api operator = server.operator();
    JsonObject offering = operator.get(path).object();
    // refused as past, after the center and its vaccines were read (and cached)
    Api.Reply past =
        citizen.book(slot.center(), "JANSSEN", BookingServer.today().minusDays(1), slot.time());
    assertEquals("error.booking.slotPast", past.object().getString("error"), past::toString);
    try {
      JsonArrayBuilder withoutJanssen = Json.createArrayBuilder();
      offering.getJsonArray("vaccineCodes").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .filter(code -> !code.equals("JANSSEN"))
          .forEach(withoutJanssen::add);
      Api.Reply stopped =
          operator.put(
              path, Json.createObjectBuilder(offering).add("vaccineCodes", withoutJanssen).build());
      assertEquals(200, stopped.status(), stopped::toString);

      Api.Reply refused = citizen.book(slot.center(), "JANSSEN", slot.day(), slot.time());

      assertEquals("error.booking.vaccineNotOffered", refused.object().getString("error"));
    } finally {
      JsonObject edited = operator.get(path).object();
      Api.Reply restored =
          operator.put(
              path,
              Json.createObjectBuilder(edited)
                  .add("vaccineCodes", offering.getJsonArray("vaccineCodes"))
                  .build());
      assertEquals(200, restored.status(), restored::toString);
    }
    List<JsonObject> booked = citizen.bookOk(slot.center(), "JANSSEN", slot.day(), slot.time());
    assertEquals(1, booked.size(), booked::toString);
  }

  @Test
  void theSearchShowsRemainingPlacesThatFollowABooking() {
    Citizen citizen = server.citizen("검색");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("PFIZER", 1, 50);
    long center = slot.center();
    LocalDate day = slot.day();
    String search = "api/booking/centers?province=11&vaccine=PFIZER&days=3&from=" + day;
    int before = remaining(citizen.client().get(search), center, day); // fills the cache

    citizen.bookOk(center, "PFIZER", day, slot.time());

    int after = remaining(citizen.client().get(search), center, day);
    assertEquals(before - 1, after);
    Api.Reply slots = citizen.client().get("api/booking/centers/" + center + "/slots?date=" + day);
    assertEquals(200, slots.status(), slots::toString);
    assertEquals(18, slots.json().asJsonArray().size());
    assertEquals(
        after,
        slots.json().asJsonArray().getValuesAs(JsonObject.class).stream()
            .mapToInt(s -> s.getInt("remaining"))
            .sum());
  }

  @Test
  void bookingNeedsASignedInCitizen() {
    CitizenClient stranger = new CitizenClient(server.url(), "BookingIT/stranger");

    assertEquals(401, stranger.get("api/bookings/mine").status());
    assertEquals(401, stranger.get("api/booking/centers?province=11&vaccine=PFIZER").status());
    Api.Reply staff = server.operator().get("api/booking/centers?province=11&vaccine=PFIZER");
    assertEquals(401, staff.status(), staff::toString);
  }

  private static int remaining(Api.Reply search, long centerId, LocalDate day) {
    assertEquals(200, search.status(), search::toString);
    return search.json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonObject("center").getJsonNumber("id").longValue() == centerId)
        .findFirst()
        .orElseThrow()
        .getJsonArray("days")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(d -> d.getString("date").equals(day.toString()))
        .findFirst()
        .orElseThrow()
        .getInt("remaining");
  }
}
