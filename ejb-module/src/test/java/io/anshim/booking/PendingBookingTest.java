package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.booking.policy.BookingPermission;
import io.anshim.shared.ConflictException;
import io.anshim.shared.Localized;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class PendingBookingTest {

  private static final LocalDate DAY = LocalDate.of(2027, 3, 2);

  private final PendingBooking pending =
      new PendingBooking(
          BookingRequest.self(7, 1, "PFIZER", DAY, LocalTime.of(9, 0)),
          new BookingPermission(
              7, 7, null, 1, new Localized("전체", "All"), Instant.EPOCH, List.of()),
          0);

  private static BookingView dose(int number) {
    return new BookingView(
        number,
        7,
        7,
        null,
        1,
        new Localized("센터", "Center"),
        "PFIZER",
        new Localized("화이자", "Pfizer"),
        number,
        DAY,
        LocalTime.of(9, 0),
        Instant.EPOCH,
        BookingStatus.BOOKED,
        null);
  }

  @Test
  void nothingIsAnsweredBeforeTheBatchCommits() throws Exception {
    CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(pending::awaitAnswer);
    pending.booked(List.of(dose(1), dose(2)));
    assertThrows(TimeoutException.class, () -> answer.get(200, TimeUnit.MILLISECONDS));

    pending.publish();
    assertFalse(answer.get(5, TimeUnit.SECONDS), "booked in the batch, not alone");
    assertEquals(2, pending.outcome().size());
  }

  @Test
  void aRefusalFoundInTheBatchIsThrownToTheWaitingRequest() {
    ConflictException full = new ConflictException("error.booking.slotFull");
    pending.refused(full);
    pending.publish();
    assertFalse(pending.awaitAnswer());
    assertSame(full, assertThrows(ConflictException.class, pending::outcome));
  }

  @Test
  void aBatchThatDidNotCommitSendsEveryBookingAloneWhateverItFound() {
    pending.booked(List.of(dose(1)));
    pending.abandon();
    assertTrue(pending.awaitAnswer(), "booked alone: the batch's booking never happened");
  }

  @Test
  void aBookingTheBatchCouldNotTakeIsBookedAlone() {
    pending.bookAlone();
    pending.publish();
    assertTrue(pending.awaitAnswer());
  }

  @Test
  void aBookingTheBatchNeverReachedIsBookedAlone() {
    pending.publish();
    assertTrue(pending.awaitAnswer());
  }

  @Test
  void theAnswerWithoutAWaitingThreadComesOnlyAfterTheCommit() {
    CompletableFuture<Boolean> answer = pending.answer().toCompletableFuture();
    pending.booked(List.of(dose(1)));
    assertFalse(answer.isDone(), "nothing before the batch commits");

    pending.publish();
    assertFalse(answer.join(), "booked in the batch, not alone");
    assertEquals(1, pending.outcome().size());
  }

  @Test
  void anInterruptedRequestStillWaitsForTheAnswerItsBatchMayCommit() throws Exception {
    CompletableFuture<Boolean> interruptedAfter = new CompletableFuture<>();
    Thread waiting =
        new Thread(
            () -> {
              Thread.currentThread().interrupt();
              boolean alone = pending.awaitAnswer();
              interruptedAfter.complete(!alone && Thread.currentThread().isInterrupted());
            });
    waiting.start();
    Thread.sleep(200);
    assertFalse(interruptedAfter.isDone(), "an interrupt does not end the wait");
    pending.booked(List.of(dose(1)));
    pending.publish();
    assertTrue(interruptedAfter.get(5, TimeUnit.SECONDS), "answered, and the interrupt is kept");
  }
}
