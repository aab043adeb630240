package io.anshim.booking.leftover;

import java.time.Duration;

/**
 * How long a no-show on a leftover dose bars the person from leftovers: system property {@code
 * anshim.leftover.no-show-ban-days} (whole days, 0 to 365), 30 days when unset. Read once per
 * server start; a value that is not a number in range stops the deployment rather than banning
 * nobody or everybody by mistake.
 */
public final class LeftoverBanPeriod {

  public static final String PROPERTY = "anshim.leftover.no-show-ban-days";
  static final int DEFAULT_DAYS = 30;

  private LeftoverBanPeriod() {}

  public static Duration fromSystem() {
    return parse(System.getProperty(PROPERTY));
  }

  static Duration parse(String days) {
    if (days == null || days.isBlank()) {
      return Duration.ofDays(DEFAULT_DAYS);
    }
    int value;
    try {
      value = Integer.parseInt(days.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(PROPERTY + " must be a number of days, not '" + days + "'");
    }
    if (value < 0 || value > 365) {
      throw new IllegalStateException(PROPERTY + " must be 0 to 365 days, not " + value);
    }
    return Duration.ofDays(value);
  }
}
