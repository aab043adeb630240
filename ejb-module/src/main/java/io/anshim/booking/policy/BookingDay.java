package io.anshim.booking.policy;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What to tell a citizen about their booking day, in plain words: open now until {@code closesAt},
 * opens at {@code opensAt}, closed, or no window yet. {@code messageKey} and {@code arguments} are
 * the sentence of the web bundle (arguments as {@code KoreaTime} gives them).
 */
public record BookingDay(
    State state,
    Long windowId,
    Localized windowName,
    Instant opensAt,
    Instant closesAt,
    boolean rotation,
    String messageKey,
    List<String> arguments)
    implements Serializable {

  public enum State {
    OPEN,
    NOT_YET,
    CLOSED,
    NO_WINDOW
  }

  public BookingDay {
    arguments = List.copyOf(arguments);
  }

  public boolean open() {
    return state == State.OPEN;
  }
}
