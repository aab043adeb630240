package io.anshim.booking;

import io.anshim.shared.BusinessException;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Booking, moving and cancelling doses. Every call names the citizen it acts for; a booking may
 * only be changed by its person or the proxy who booked it. Places are taken by conditional updates
 * in the database, never from a cache.
 */
@Local
public interface Bookings {

  /**
   * Books the person's next dose in the chosen slot and, for a course of two, the dose after it at
   * the same center inside the vaccine's interval. Returns the booked doses, earliest first.
   */
  List<BookingView> book(BookingRequest request);

  /**
   * {@link #book} for a caller that must not hold a thread while the booking waits for its batch's
   * commit (a request thread of a busy node). A refusal known before the booking is queued (the
   * policy, a slot known to be full) is thrown at once; every later outcome, the booked doses or a
   * refusal, completes the stage, on the thread that committed the batch: a dependent stage that
   * does real work should hand it to a thread of its own.
   */
  CompletionStage<List<BookingView>> bookLater(BookingRequest request);

  /**
   * The refusal {@link #book} would give, if this node knows it from memory alone: a citizen
   * booking for themselves, whom the policy (from memory) lets book now, asking for a slot the
   * database already said is full. Empty for everything else, which {@link #book} answers. Reads
   * and writes nothing.
   */
  Optional<BusinessException> refusalFromMemory(BookingRequest request);

  /** The bookings of the citizen (as person or as proxy booker), newest first. */
  List<BookingView> mine(long citizenId);

  /**
   * Moves a booked dose to another slot of its center; a later dose that falls outside the interval
   * is moved with it. Returns the citizen's bookings after the move.
   */
  List<BookingView> move(long callerId, long bookingId, LocalDate date, LocalTime time);

  /** Cancels a booked dose and, for a dose that has a later one booked, that one too. */
  List<BookingView> cancel(long callerId, long bookingId);
}
