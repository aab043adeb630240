package io.anshim.booking;

import io.anshim.booking.policy.BookingPermission;
import io.anshim.shared.BusinessException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * One booking request waiting for the {@link BookingSequencer}'s next transaction, and what became
 * of it. The outcome found inside a batch is tentative: it is told to the waiting request only
 * after the batch committed ({@link #publish}); if the batch did not commit, the request is told to
 * book alone, in a transaction of its own ({@link #abandon}), so nothing is lost or booked twice.
 */
public final class PendingBooking {

  private final BookingRequest request;
  private final BookingPermission permission;
  private final long releasesBefore;
  private final CountDownLatch answered = new CountDownLatch(1);

  private List<BookingView> booked;
  private BusinessException refusal;
  private boolean alone;

  PendingBooking(BookingRequest request, BookingPermission permission, long releasesBefore) {
    this.request = Objects.requireNonNull(request);
    this.permission = Objects.requireNonNull(permission);
    this.releasesBefore = releasesBefore;
  }

  BookingRequest request() {
    return request;
  }

  BookingPermission permission() {
    return permission;
  }

  /** The count of released places of the slot's day, taken before any read of the slot. */
  long releasesBefore() {
    return releasesBefore;
  }

  // tentative outcomes, set by the batch's thread before its commit

  void booked(List<BookingView> views) {
    booked = List.copyOf(views);
    refusal = null;
    alone = false;
  }

  void refused(BusinessException why) {
    booked = null;
    refusal = why;
    alone = false;
  }

  /**
   * Something other than a rule refusal happened: this one is tried again in its own transaction.
   */
  void bookAlone() {
    booked = null;
    refusal = null;
    alone = true;
  }

  /** The batch committed: the tentative outcome is final. */
  void publish() {
    if (booked == null && refusal == null) {
      alone = true;
    }
    answered.countDown();
  }

  /** The batch did not commit: nothing of it happened, so this one books alone. */
  void abandon() {
    bookAlone();
    answered.countDown();
  }

  /** Waits for the answer; true when it must be booked alone after all. */
  boolean awaitAnswer() {
    boolean interrupted = false;
    while (true) {
      try {
        answered.await();
        break;
      } catch (InterruptedException e) {
        // the batch may still commit this booking: its answer must be waited for
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return alone;
  }

  /** After {@link #awaitAnswer} said false: the booked doses, or the refusal thrown. */
  List<BookingView> outcome() {
    if (refusal != null) {
      throw refusal;
    }
    return booked;
  }
}
