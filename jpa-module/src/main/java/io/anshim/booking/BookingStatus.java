package io.anshim.booking;

/** Where a booked dose stands. Only BOOKED holds a place and counts as the person's active one. */
public enum BookingStatus {
  BOOKED,
  CANCELLED,
  VACCINATED,
  NO_SHOW
}
