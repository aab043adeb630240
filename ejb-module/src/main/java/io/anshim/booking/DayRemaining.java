package io.anshim.booking;

import java.io.Serializable;
import java.time.LocalDate;

/** Free places of a center on one day, over all its slots. */
public record DayRemaining(LocalDate date, int remaining) implements Serializable {}
