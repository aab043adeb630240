package io.anshim.booking;

import java.time.LocalDate;

/** A place of a center's day was given back (cancel or move): a full slot of it may have room. */
record PlaceReleased(long centerId, LocalDate date) {}
