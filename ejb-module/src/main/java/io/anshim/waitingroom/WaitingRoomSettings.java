package io.anshim.waitingroom;

import io.anshim.shared.InvalidRequestException;
import java.io.Serializable;

/**
 * What the operator sets for the waiting room: the admission rate (people per second), how long an
 * admission lasts, and how long a place is kept without a poll. One value for all nodes, kept in
 * the cache "anshim/waiting-room-state".
 */
public record WaitingRoomSettings(
    double ratePerSecond, long admissionSeconds, long placeIdleSeconds) implements Serializable {

  /** The settings at first start: system properties {@code anshim.waitingroom.*} or defaults. */
  public static WaitingRoomSettings defaults() {
    return new WaitingRoomSettings(
        Double.parseDouble(System.getProperty("anshim.waitingroom.rate", "50")),
        Long.getLong("anshim.waitingroom.admissionSeconds", 600),
        Long.getLong("anshim.waitingroom.placeIdleSeconds", 60));
  }

  /** Refuses values the room cannot work with, with a message for the operator. */
  public WaitingRoomSettings validated() {
    if (!(ratePerSecond > 0) || ratePerSecond > 1_000_000) {
      throw new InvalidRequestException("waitingroom.settings.rate");
    }
    if (admissionSeconds < 1 || admissionSeconds > 3_600) {
      throw new InvalidRequestException("waitingroom.settings.admissionSeconds");
    }
    if (placeIdleSeconds < 5 || placeIdleSeconds > 3_600) {
      throw new InvalidRequestException("waitingroom.settings.placeIdleSeconds");
    }
    return this;
  }
}
