package io.anshim.booking;

/** A center's capacity of new slots changed; cached free places of days without slots go. */
record CapacityChanged(long centerId) {}
