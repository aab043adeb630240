package io.anshim.vaccination;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;

/** One booked person on the vaccinator's list: when, who (masked), what, and where it stands. */
public record DayBooking(
    long bookingId,
    LocalTime time,
    Instant appointmentAt,
    long citizenId,
    String name,
    String maskedResidentNumber,
    String vaccineCode,
    Localized vaccine,
    int doseNumber,
    String status,
    boolean leftover)
    implements Serializable {

  public boolean isBooked() {
    return "BOOKED".equals(status);
  }
}
