package io.anshim.booking.leftover;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.Instant;

/** A leftover dose a citizen took: come today to this center. */
public record LeftoverBooking(
    long bookingId,
    long offerId,
    long centerId,
    Localized center,
    Localized address,
    String vaccineCode,
    Localized vaccine,
    int doseNumber,
    Instant appointmentAt)
    implements Serializable {}
