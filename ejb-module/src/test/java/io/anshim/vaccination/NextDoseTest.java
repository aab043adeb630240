package io.anshim.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.vaccination.NextDose.Given;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NextDoseTest {

  @Test
  void someoneNeverVaccinatedTakesDoseOne() {
    assertEquals(OptionalInt.of(1), NextDose.after(List.of()));
  }

  @Test
  void afterDoseOneOfTwoComesDoseTwo() {
    assertEquals(OptionalInt.of(2), NextDose.after(List.of(new Given(1, 2))));
  }

  @Test
  void aCompletedTwoDoseSeriesNeedsNoMore() {
    assertTrue(NextDose.after(List.of(new Given(2, 2), new Given(1, 2))).isEmpty());
  }

  @Test
  void aSingleDoseVaccineCompletesTheSeriesAtOnce() {
    assertTrue(NextDose.after(List.of(new Given(1, 1))).isEmpty());
  }

  @Test
  void theHighestRecordedDoseDecidesWhateverTheOrder() {
    assertEquals(OptionalInt.of(3), NextDose.after(List.of(new Given(2, 3), new Given(1, 3))));
  }
}
