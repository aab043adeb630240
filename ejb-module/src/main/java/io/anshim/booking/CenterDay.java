package io.anshim.booking;

import java.time.LocalDate;

/** One day at one center: the unit in which slot rows are made and read. */
record CenterDay(long centerId, LocalDate date) {}
