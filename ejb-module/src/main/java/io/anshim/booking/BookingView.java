package io.anshim.booking;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A booked dose as its person (or proxy booker) sees it; times are Korean local time. */
public record BookingView(
    long id,
    long citizenId,
    long bookedByCitizenId,
    String proxyRelationship,
    long centerId,
    Localized centerName,
    String vaccineCode,
    Localized vaccineName,
    int dose,
    LocalDate date,
    LocalTime time,
    Instant appointmentAt,
    BookingStatus status,
    Long firstDoseId)
    implements Serializable {

  public boolean active() {
    return status == BookingStatus.BOOKED;
  }
}
