package io.anshim.booking;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * What a citizen looks at before booking: centers with free places per day (cached for a few
 * seconds, dropped on every committed change) and a center's slots of a day (from the database).
 */
@Local
public interface SlotSearch {

  /** Most days one search shows. */
  int MAX_DAYS = 14;

  /**
   * Centers of a province (optionally a district) offering the vaccine, each with its free places
   * on {@code days} days from {@code from} (blank: tomorrow). Codes are checked like the directory.
   */
  List<CenterAvailability> centers(
      String province, String district, String vaccine, LocalDate from, int days);

  /** The center's slots of a bookable day, with their free places. */
  List<SlotView> slots(long centerId, LocalDate date);
}
