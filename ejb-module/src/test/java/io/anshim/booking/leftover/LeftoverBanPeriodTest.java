package io.anshim.booking.leftover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeftoverBanPeriodTest {

  @Test
  void thirtyDaysUnlessConfigured() {
    assertEquals(Duration.ofDays(30), LeftoverBanPeriod.parse(null));
    assertEquals(Duration.ofDays(30), LeftoverBanPeriod.parse(" "));
  }

  @Test
  void theConfiguredNumberOfDays() {
    assertEquals(Duration.ofDays(7), LeftoverBanPeriod.parse("7"));
    assertEquals(Duration.ZERO, LeftoverBanPeriod.parse("0"));
  }

  @Test
  void aValueThatIsNotADayCountStopsTheStart() {
    assertThrows(IllegalStateException.class, () -> LeftoverBanPeriod.parse("thirty"));
    assertThrows(IllegalStateException.class, () -> LeftoverBanPeriod.parse("-1"));
    assertThrows(IllegalStateException.class, () -> LeftoverBanPeriod.parse("366"));
  }
}
