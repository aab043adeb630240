package io.anshim.booking;

import io.anshim.booking.policy.BookingPermission;
import io.anshim.shared.BusinessException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
  private final CompletableFuture<Boolean> answered = new CompletableFuture<>();

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
    answered.complete(alone);
  }

  /** The batch did not commit: nothing of it happened, so this one books alone. */
  void abandon() {
    bookAlone();
    answered.complete(true);
  }

  /**
   * Waits for the answer, without giving up when interrupted (the batch may still commit this
   * booking); true when it must be booked alone after all.
   */
  boolean awaitAnswer() {
    return answered.join();
  }

  /**
   * The answer once there is one, completed on the thread of the batch (dependent stages run there,
   * so they should hand any real work on): true when it must be booked alone after all.
   */
  CompletionStage<Boolean> answer() {
    return answered;
  }

  /** After the answer said false: the booked doses, or the refusal thrown. */
  List<BookingView> outcome() {
    if (refusal != null) {
      throw refusal;
    }
    return booked;
  }
}
