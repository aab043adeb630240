package io.anshim.booking;

import java.time.LocalDate;

/** A place of a center's day was taken or released; the day's cached remaining must go. */
record SlotChanged(long centerId, LocalDate date) {}
