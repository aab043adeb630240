package io.anshim.booking;

import jakarta.ejb.Local;

/** The operator's setting of how many people a center's new slots take. */
@Local
public interface SlotCapacity {

  /**
   * Sets the center's doses per slot for slots not yet made; slots already made keep theirs (places
   * in them may be booked).
   */
  int changeDosesPerSlot(long centerId, int dosesPerSlot);
}
