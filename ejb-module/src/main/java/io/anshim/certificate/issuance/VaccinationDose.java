package io.anshim.certificate.issuance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded dose as the certificate states it, with codes from the DCC value sets
 * (vaccine-prophylaxis, vaccine-medicinal-product, vaccine-mah-manf).
 */
public record VaccinationDose(
    String prophylaxis,
    String product,
    String manufacturer,
    int doseNumber,
    int totalDoses,
    LocalDate date) {

  public VaccinationDose {
    Objects.requireNonNull(prophylaxis, "prophylaxis");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(manufacturer, "manufacturer");
    Objects.requireNonNull(date, "date");
    if (doseNumber < 1 || doseNumber > 9 || totalDoses < 1 || totalDoses > 9) {
      throw new IllegalArgumentException("dose " + doseNumber + " of " + totalDoses);
    }
  }
}
