package io.anshim.booking.policy;

/** Fired when a booking window was created, changed or deleted; the cached windows are dropped. */
record WindowsChanged(Long windowId) {}
