package io.anshim.booking;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Lets one request of this node make a day's slot rows while the others of this node wait for it,
 * instead of all inserting and all but one failing. Striped, so memory stays fixed. Other nodes are
 * still kept apart by the unique key (center, day, start).
 */
@ApplicationScoped
class SlotDayLocks {

  private static final int STRIPES = 64;
  private final Object[] stripes = new Object[STRIPES];

  SlotDayLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Object();
    }
  }

  void whileHolding(long centerId, LocalDate date, Runnable work) {
    int stripe = Math.floorMod(Long.hashCode(centerId) * 31 + date.hashCode(), STRIPES);
    synchronized (stripes[stripe]) {
      work.run();
    }
  }
}
