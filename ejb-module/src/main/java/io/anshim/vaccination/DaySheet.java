package io.anshim.vaccination;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A center's bookings of one day in time order, with the vaccines the center offers. */
public record DaySheet(
    long centerId,
    Localized center,
    LocalDate date,
    boolean today,
    List<DayBooking> bookings,
    List<VaccineChoice> vaccines)
    implements Serializable {

  public DaySheet {
    bookings = List.copyOf(bookings);
    vaccines = List.copyOf(vaccines);
  }
}
