package io.anshim.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.booking.policy.BookingNotAllowedException;
import io.anshim.identity.CitizenAccessDeniedException;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.ProviderUnavailableException;
import io.anshim.identity.VerificationLockedException;
import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.web.UserMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRefusalTest {

  private final UserMessages messages = new UserMessages();

  @Test
  void givesEachKindOfRefusalItsStatus() {
    assertEquals(400, status(new InvalidRequestException("error.booking.slotRequired")));
    assertEquals(404, status(new NotFoundException("error.unknownCenter", 9)));
    assertEquals(409, status(new ConflictException("error.booking.alreadyBooked")));
    assertEquals(401, status(new CitizenSignInRequiredException("error.identity.signInRequired")));
    assertEquals(403, status(new CitizenAccessDeniedException()));
    assertEquals(503, status(new ProviderUnavailableException("kakao")));
    assertEquals(
        429,
        status(
            new VerificationLockedException(
                "error.identity.locked", Instant.now().plusSeconds(300))));
    assertEquals(
        403,
        status(
            new BookingNotAllowedException(
                BookingNotAllowedException.Reason.CLOSED, null, "2021-08-16")));
  }

  @Test
  void writesTheMessageInTheAskedLanguageUnderAStableCode() {
    ApiRefusal full =
        ApiRefusal.of(
            new ConflictException(
                "error.booking.slotFull", LocalDate.parse("2027-02-05"), LocalTime.parse("09:30")),
            Locale.KOREAN,
            messages);
    assertEquals(409, full.body().status());
    assertEquals("error.booking.slotFull", full.body().error());
    assertTrue(full.body().message().contains("09:30"), full.body().message());
    assertTrue(full.body().fields().isEmpty());
    assertEquals(Map.of(), full.headers());
  }

  @Test
  void saysWhyAndWhenBookingOpensAndWhenToRetry() {
    Instant opens = Instant.parse("2021-08-16T11:00:00Z");
    ApiRefusal notYet =
        ApiRefusal.of(
            new BookingNotAllowedException(
                BookingNotAllowedException.Reason.NOT_YET, opens, "2021-08-16 20:00"),
            Locale.ENGLISH,
            messages);
    assertEquals(
        Map.of("X-Booking-Refusal", "NOT_YET", "X-Booking-Opens-At", opens.toString()),
        notYet.headers());
    ApiRefusal locked =
        ApiRefusal.of(
            new VerificationLockedException("error.identity.locked", Instant.now().plusSeconds(90)),
            Locale.ENGLISH,
            messages);
    long retryAfter = Long.parseLong(locked.headers().get("Retry-After"));
    assertTrue(retryAfter >= 88 && retryAfter <= 90, "Retry-After " + retryAfter);
  }

  private int status(io.anshim.shared.BusinessException refusal) {
    return ApiRefusal.of(refusal, Locale.ENGLISH, messages).status();
  }
}
