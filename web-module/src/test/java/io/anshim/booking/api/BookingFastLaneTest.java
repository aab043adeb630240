package io.anshim.booking.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.booking.BookingRequest;
import io.anshim.shared.api.LaneExchanges;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingFastLaneTest {

  @Test
  void readsAnOwnBookingAsTheResourceDoes() {
    Optional<BookingRequest> read =
        own("{\"centerId\":7,\"vaccine\":\" PFIZER \",\"date\":\"2027-02-05\",\"time\":\"09:30\"}");
    assertEquals(
        Optional.of(
            new BookingRequest(
                42,
                42,
                null,
                7L,
                "PFIZER",
                LocalDate.parse("2027-02-05"),
                LocalTime.parse("09:30"))),
        read);
  }

  @Test
  void leavesProxyBookingsAndEveryBodyTheResourceRefusesToTheServlets() {
    for (String body :
        new String[] {
          "",
          "null",
          "[]",
          "{",
          "not json",
          "{}",
          "{\"vaccine\":\"PFIZER\",\"date\":\"2027-02-05\",\"time\":\"09:30\"}",
          "{\"centerId\":7,\"date\":\"2027-02-05\",\"time\":\"09:30\"}",
          "{\"centerId\":7,\"vaccine\":\"PFIZER\",\"time\":\"09:30\"}",
          "{\"centerId\":7,\"vaccine\":\"PFIZER\",\"date\":\"5 Feb\",\"time\":\"09:30\"}",
          "{\"centerId\":7,\"vaccine\":\"PFIZER\",\"date\":\"2027-02-05\"}",
          "{\"centerId\":7,\"vaccine\":\"PFIZER\",\"date\":\"2027-02-05\",\"time\":\"half past\"}",
          "{\"centerId\":\"seven\",\"vaccine\":\"PFIZER\",\"date\":\"2027-02-05\",\"time\":\"09:30\"}",
          "{\"centerId\":7,\"vaccine\":\"PFIZER\",\"date\":\"2027-02-05\",\"time\":\"09:30\","
              + "\"for\":{\"name\":\"Kim\",\"residentNumber\":\"500101-1234567\"},"
              + "\"relationship\":\"CHILD\"}"
        }) {
      assertEquals(Optional.empty(), own(body), body);
    }
  }

  @Test
  void takesBookingPostsWithAShortJsonBody() {
    assertTrue(takes(Methods.POST, "/api/bookings", "application/json", 120));
    assertTrue(takes(Methods.POST, "/api/bookings", "application/json; charset=UTF-8", 120));
  }

  @Test
  void leavesEveryOtherRequestToTheServlets() {
    assertFalse(takes(Methods.GET, "/api/bookings/mine", null, -1));
    assertFalse(takes(Methods.PUT, "/api/bookings/5", "application/json", 60));
    assertFalse(takes(Methods.DELETE, "/api/bookings/5", null, -1));
    assertFalse(takes(Methods.POST, "/api/bookings/", "application/json", 120));
    assertFalse(takes(Methods.POST, "/api/bookings", "application/x-www-form-urlencoded", 120));
    assertFalse(takes(Methods.POST, "/api/bookings", "application/json", -1));
    assertFalse(
        takes(Methods.POST, "/api/bookings", "application/json", BookingFastLane.MAX_BODY + 1));
  }

  private static Optional<BookingRequest> own(String body) {
    return BookingFastLane.ownBooking(
        body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 42);
  }

  private static boolean takes(HttpString method, String path, String contentType, long length) {
    return BookingFastLane.takes(LaneExchanges.request(method, path, contentType, length));
  }
}
