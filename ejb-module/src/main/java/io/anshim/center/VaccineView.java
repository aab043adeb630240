package io.anshim.center;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.Period;

/** A vaccine as screens show it; intervals are in days and absent for a single dose. */
public record VaccineView(
    String code, Localized name, int doseCount, Integer minIntervalDays, Integer maxIntervalDays)
    implements Serializable {

  static VaccineView of(Vaccine vaccine) {
    return new VaccineView(
        vaccine.getCode(),
        new Localized(vaccine.getNameKo(), vaccine.getNameEn()),
        vaccine.getDoseCount(),
        vaccine.minimumInterval().map(Period::getDays).orElse(null),
        vaccine.maximumInterval().map(Period::getDays).orElse(null));
  }
}
