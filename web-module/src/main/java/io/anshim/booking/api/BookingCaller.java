package io.anshim.booking.api;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The signed-in citizen of a booking request, and the request's dates and times. */
final class BookingCaller {

  private BookingCaller() {}

  /** The session's citizen; CitizenAccessFilter has already checked the session is open. */
  static CitizenCaller of(HttpServletRequest request) {
    return SignedInCitizen.caller(request)
        .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
  }

  static LocalDate date(String parameter, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("error.booking.badDate", parameter, text);
    }
  }

  static LocalDate requiredDate(String text) {
    LocalDate date = date("date", text);
    if (date == null) {
      throw new InvalidRequestException("error.booking.dateRequired");
    }
    return date;
  }

  static LocalTime time(String parameter, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException("error.booking.timeRequired");
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("error.booking.badTime", parameter, text);
    }
  }
}
