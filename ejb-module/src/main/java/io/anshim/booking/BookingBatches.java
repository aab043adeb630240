package io.anshim.booking;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The transactions of {@link BookingSequencer}: many waiting bookings in one, or one alone. Not for
 * callers other than the sequencer and {@link DefaultBookings#book}.
 */
@Local
public interface BookingBatches {

  /**
   * Books each in turn in one transaction; a refused one leaves nothing behind and the others
   * stand. Sets each one's tentative outcome; they hold only if this returns normally (the
   * transaction committed).
   */
  void bookAll(List<PendingBooking> batch);

  /** Books one in a transaction of its own: the path of a booking no batch could take. */
  List<BookingView> bookAlone(PendingBooking pending);
}
