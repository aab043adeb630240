package io.anshim.vaccination;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the vaccinator enters for a dose given. Only the lot number is required: the vaccine and the
 * dose number default to the booked ones, the time to now.
 */
public record DoseEntry(
    String vaccineCode, String lotNumber, Integer doseNumber, Instant vaccinatedAt)
    implements Serializable {}
