package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.booking.BookingServer.Citizen;
import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.vaccination.VaccinationTestDeployment.Hooks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking rules the usual paths do not reach: dose 2 when its interval day is full or the whole
 * interval is, and the bookings that can no longer be changed or cancelled. Nothing changes when a
 * request is refused.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class BookingRulesIT {

  private static final int PFIZER_MIN_DAYS = 21;
  private static final int PFIZER_MAX_DAYS = 42;
  private static final int DOSES_PER_SLOT = 20;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return BookingTestDeployment.earWithTestHooksAndFixtures();
  }

  private final BookingServer server = new BookingServer();
  private final Hooks fixtures = new Hooks();

  @Test
  void dose2GoesToTheNextDayWithAPlaceNearestTheSameTimeWhenItsIntervalDayIsFull() {
    Citizen citizen = server.citizen("다음날");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("PFIZER", 1, 30);
    // both days of dose 2 must be fresh, or another test's bookings would decide where it goes
    while (server.slot(slot.center(), slot.day().plusDays(PFIZER_MIN_DAYS), slot.time()) != null
        || server.slot(slot.center(), slot.day().plusDays(PFIZER_MIN_DAYS + 1), slot.time())
            != null) {
      slot = server.unmadeSlot("PFIZER", 1, 30);
    }
    long center = slot.center();
    LocalDate intervalDay = slot.day().plusDays(PFIZER_MIN_DAYS);
    LocalDate nextDay = intervalDay.plusDays(1);
    LocalTime time = slot.time();
    // the same time is full the next day too: the nearest free start, the earlier of two
    LocalTime nearest =
        time.equals(LocalTime.of(9, 0)) ? time.plusMinutes(30) : time.minusMinutes(30);
    fixtures.fill(center, intervalDay, BookingServer.STARTS);
    fixtures.fill(center, nextDay, List.of(time));
    try {
      List<JsonObject> booked = citizen.bookOk(center, "PFIZER", slot.day(), time);

      assertEquals(2, booked.size(), booked::toString);
      JsonObject second = booked.get(1);
      assertEquals(2, second.getInt("dose"));
      assertEquals(nextDay.toString(), second.getString("date"), booked::toString);
      assertEquals(nearest, LocalTime.parse(second.getString("time")), booked::toString);
      assertEquals(center, second.getJsonNumber("centerId").longValue());
      assertArrayEquals(new int[] {0, 0, 0}, server.slot(center, intervalDay, time));
      assertArrayEquals(new int[] {0, 0, 0}, server.slot(center, nextDay, time));
      int[] taken = server.slot(center, nextDay, nearest);
      assertEquals(1, taken[1], "one place taken");
      assertEquals(taken[1], taken[2], "booked counter equals active bookings");
    } finally {
      fixtures.reopen(center, intervalDay, DOSES_PER_SLOT);
      fixtures.reopen(center, nextDay, DOSES_PER_SLOT);
    }
  }

  @Test
  void dose1IsRefusedAndNothingKeptWhenNoDayOfDose2sIntervalHasAPlace() {
    Citizen citizen = server.citizen("자리없음");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("PFIZER", 1, 15);
    long center = slot.center();
    LocalDate day = slot.day();
    LocalTime time = slot.time();
    List<LocalDate> interval = dose2Interval(day);
    interval.forEach(d -> fixtures.fill(center, d, BookingServer.STARTS));
    try {
      Api.Reply refused = citizen.book(center, "PFIZER", day, time);

      assertEquals(409, refused.status(), refused::toString);
      assertEquals("error.booking.noPlaceForNextDose", refused.object().getString("error"));
      assertTrue(citizen.mine().isEmpty(), citizen.mine()::toString);
      assertEquals(List.of(), fixtures.bookings(citizen.id()), "no booking row at all");
      int[] first = server.slot(center, day, time);
      // the refused request may have made the day's rows, but took no place in them
      assertTrue(first == null || first[1] == 0 && first[2] == 0, () -> slotText(first));
    } finally {
      interval.forEach(d -> fixtures.reopen(center, d, DOSES_PER_SLOT));
    }
  }

  /**
   * The read shows dose 2 one free place, which another transaction takes while this booking waits
   * for its row, after dose 1's place is taken: dose 1's place must be given back. (The batch's
   * update finds dose 2's slot full, so the batch does not commit; booked alone, the booking finds
   * no place for dose 2 and rolls back.)
   */
  @Test
  void dose1sPlaceIsGivenBackWhenDose2sLastPlaceGoesWhileTheBookingWaitsForIt() {
    Citizen citizen = server.citizen("빈자리뺏김");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("PFIZER", 1, 15);
    long center = slot.center();
    LocalDate day = slot.day();
    LocalTime time = slot.time();
    LocalDate open = day.plusDays(PFIZER_MIN_DAYS);
    List<LocalDate> interval = dose2Interval(day);
    interval.forEach(d -> fixtures.fill(center, d, BookingServer.STARTS));
    // one place left in the whole interval: the same time on its first day
    fixtures.reopen(center, open, DOSES_PER_SLOT);
    fixtures.fill(
        center, open, BookingServer.STARTS.stream().filter(t -> !t.equals(time)).toList());
    int bookedBefore = server.slot(center, open, time)[1];
    try {
      long held = 2_000;
      server.holdFull(center, open, time, held);
      long started = System.nanoTime();
      Api.Reply refused = citizen.book(center, "PFIZER", day, time);
      long tookMillis = (System.nanoTime() - started) / 1_000_000;

      assertEquals(409, refused.status(), refused::toString);
      assertEquals("error.booking.noPlaceForNextDose", refused.object().getString("error"));
      assertTrue(
          tookMillis >= held - 500,
          "the booking waited for dose 2's row (after taking dose 1's place): " + tookMillis);
      assertTrue(citizen.mine().isEmpty(), citizen.mine()::toString);
      assertEquals(List.of(), fixtures.bookings(citizen.id()), "no booking row at all");
      int[] first = server.slot(center, day, time);
      assertEquals(0, first[1], () -> "dose 1's place given back: " + slotText(first));
      assertEquals(0, first[2], () -> slotText(first));
      int[] second = server.slot(center, open, time);
      assertEquals(bookedBefore, second[1], () -> slotText(second));
    } finally {
      interval.forEach(d -> fixtures.reopen(center, d, DOSES_PER_SLOT));
    }
  }

  @Test
  void aCancelledBookingIsNeitherCancelledAgainNorMoved() {
    Citizen citizen = server.citizen("이미취소");
    BookingServer.UnmadeSlot slot = server.unmadeSlot("PFIZER", 1, 30);
    List<JsonObject> booked = citizen.bookOk(slot.center(), "PFIZER", slot.day(), slot.time());
    long dose1 = booked.get(0).getJsonNumber("id").longValue();
    long dose2 = booked.get(1).getJsonNumber("id").longValue();
    LocalDate secondDay = LocalDate.parse(booked.get(1).getString("date"));
    LocalTime secondTime = LocalTime.parse(booked.get(1).getString("time"));
    assertEquals(200, citizen.cancel(dose1).status());
    int[] firstSlot = server.slot(slot.center(), slot.day(), slot.time());
    int[] secondSlot = server.slot(slot.center(), secondDay, secondTime);
    List<JsonObject> cancelled = citizen.mine();

    Api.Reply again = citizen.cancel(dose1);
    Api.Reply dose2Alone = citizen.cancel(dose2);
    Api.Reply moved = citizen.move(dose1, slot.day().plusDays(1), slot.time());

    for (Api.Reply refused : List.of(again, dose2Alone, moved)) {
      assertEquals(409, refused.status(), refused::toString);
      assertEquals("error.booking.notActive", refused.object().getString("error"));
    }
    assertEquals(cancelled, citizen.mine());
    assertTrue(cancelled.stream().allMatch(b -> b.getString("status").equals("CANCELLED")));
    assertArrayEquals(firstSlot, server.slot(slot.center(), slot.day(), slot.time()));
    assertArrayEquals(secondSlot, server.slot(slot.center(), secondDay, secondTime));
  }

  @Test
  void aLeftoverDoseBookingIsNeitherMovedNorCancelledThroughTheBookingApi() {
    Citizen citizen = server.citizen("잔여변경");
    Api vaccinator = new Api(server.url()).as("vaccinator2", "anshim-demo");
    Api.Reply posted =
        vaccinator.post(
            "api/vaccinator/leftovers",
            Json.createObjectBuilder().add("vaccineCode", "PFIZER").add("count", 1).build());
    assertEquals(200, posted.status(), posted::toString);
    long offer = posted.object().getJsonNumber("id").longValue();
    Api.Reply taken = citizen.client().post("api/leftovers/" + offer + "/bookings", "");
    assertEquals(201, taken.status(), taken::toString);
    long booking = taken.object().getJsonNumber("bookingId").longValue();
    List<String> before = fixtures.bookings(citizen.id());
    assertEquals(List.of(booking + "|BOOKED|1|" + offer), before);

    Api.Reply moved = citizen.move(booking, BookingServer.today().plusDays(3), LocalTime.of(10, 0));
    Api.Reply cancelled = citizen.cancel(booking);

    for (Api.Reply refused : List.of(moved, cancelled)) {
      assertEquals(400, refused.status(), refused::toString);
      assertEquals("error.booking.leftoverNotChanged", refused.object().getString("error"));
    }
    assertEquals(before, fixtures.bookings(citizen.id()));
  }

  @Test
  void aBookingWhoseTimeHasPassedIsNeitherMovedNorCancelled() {
    Citizen citizen = server.citizen("지난예약");
    long center = server.centerOffering("PFIZER");
    LocalDate yesterday = BookingServer.today().minusDays(1);
    LocalTime time = LocalTime.of(9, 0);
    long booking = fixtures.book(citizen.id(), center, "PFIZER", 1, yesterday, time);
    int[] slot = server.slot(center, yesterday, time);
    List<String> before = fixtures.bookings(citizen.id());
    assertEquals(List.of(booking + "|BOOKED|1|null"), before);

    Api.Reply moved = citizen.move(booking, BookingServer.someDay(1, 30), LocalTime.of(10, 0));
    Api.Reply cancelled = citizen.cancel(booking);

    for (Api.Reply refused : List.of(moved, cancelled)) {
      assertEquals(409, refused.status(), refused::toString);
      assertEquals("error.booking.tooLate", refused.object().getString("error"));
    }
    assertEquals(before, fixtures.bookings(citizen.id()));
    assertArrayEquals(slot, server.slot(center, yesterday, time));
    assertNotEquals(0, slot[2], "the booking still holds its place");
  }

  private static String slotText(int[] slot) {
    return slot == null ? "none" : slot[0] + " " + slot[1] + " " + slot[2];
  }

  /** The days Pfizer's dose 2 may be on after dose 1 on {@code day}. */
  private static List<LocalDate> dose2Interval(LocalDate day) {
    List<LocalDate> interval = new ArrayList<>();
    for (int days = PFIZER_MIN_DAYS; days <= PFIZER_MAX_DAYS; days++) {
      interval.add(day.plusDays(days));
    }
    return interval;
  }
}
