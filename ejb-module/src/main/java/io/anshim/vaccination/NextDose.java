package io.anshim.vaccination;

import java.util.Collection;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * Which dose a person takes next, from the doses recorded for them: dose 1 with none, the dose
 * after the highest recorded one otherwise, and none once a recorded dose completed its series.
 */
public final class NextDose {

  /** A recorded dose as far as this rule cares. */
  public record Given(int doseNumber, int dosesInSeries) {}

  private NextDose() {}

  public static OptionalInt after(Collection<Given> recorded) {
    return recorded.stream()
        .max(Comparator.comparingInt(Given::doseNumber))
        .map(
            last ->
                last.doseNumber() >= last.dosesInSeries()
                    ? OptionalInt.empty()
                    : OptionalInt.of(last.doseNumber() + 1))
        .orElse(OptionalInt.of(1));
  }
}
