package io.anshim.vaccination;

import io.anshim.center.Vaccine;
import io.anshim.shared.Localized;
import java.io.Serializable;

/** A vaccine a center offers, as the vaccinator's screens list it. */
public record VaccineChoice(String code, Localized name, int doseCount) implements Serializable {

  public static VaccineChoice of(Vaccine vaccine) {
    return new VaccineChoice(
        vaccine.getCode(),
        new Localized(vaccine.getNameKo(), vaccine.getNameEn()),
        vaccine.getDoseCount());
  }
}
