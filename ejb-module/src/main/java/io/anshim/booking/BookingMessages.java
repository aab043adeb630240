package io.anshim.booking;

import io.anshim.identity.SmsOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The confirmation text messages of booking, change and cancellation, sent to the person through
 * the identity SMS outbox in the booking's transaction. No language is kept for a person, so the
 * text is Korean followed by English, like the carriers' own messages.
 */
@ApplicationScoped
class BookingMessages {

  static final String SENDER = "안심";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private SmsOutbox outbox;

  void booked(long personId, List<BookingView> doses) {
    send(personId, doses, "접종 예약이 완료되었습니다", "vaccination booked");
  }

  void changed(long personId, List<BookingView> doses) {
    send(personId, doses, "접종 예약이 변경되었습니다", "booking changed");
  }

  void cancelled(long personId, List<BookingView> doses) {
    send(personId, doses, "접종 예약이 취소되었습니다", "booking cancelled");
  }

  private void send(long personId, List<BookingView> doses, String korean, String english) {
    outbox.sendToCitizen(
        personId, reference(doses.get(0).id()), SENDER, text(doses, korean, english));
  }

  /** The outbox reference of a booking's messages. */
  static String reference(long bookingId) {
    return "booking-" + bookingId;
  }

  static String text(List<BookingView> doses, String korean, String english) {
    String ko =
        doses.stream()
            .map(
                d ->
                    d.dose()
                        + "차 "
                        + d.date()
                        + " "
                        + TIME.format(d.time())
                        + " "
                        + d.centerName().ko()
                        + " ("
                        + d.vaccineName().ko()
                        + ")")
            .collect(Collectors.joining(", "));
    String en =
        doses.stream()
            .map(
                d ->
                    "dose "
                        + d.dose()
                        + " "
                        + d.date()
                        + " "
                        + TIME.format(d.time())
                        + " "
                        + d.centerName().en()
                        + " ("
                        + d.vaccineName().en()
                        + ")")
            .collect(Collectors.joining(", "));
    return "[안심] " + korean + ": " + ko + " / Anshim: " + english + ": " + en;
  }
}
