package io.anshim.certificate;

import io.anshim.certificate.verification.VaccinationEntry;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The venue rule: a person counts as fully vaccinated 14 days after the final dose of their course
 * (dose n of n). The one place this rule lives; the verifier and the venue check ask it.
 */
public final class FullVaccinationRule {

  public static final int DAYS_AFTER_FINAL_DOSE = 14;

  private FullVaccinationRule() {}

  /** The day the rule is met, if the certificate holds a final dose with a readable date. */
  public static Optional<LocalDate> metOn(Collection<VaccinationEntry> vaccinations) {
    return vaccinations.stream()
        .filter(v -> v.totalDoses() > 0 && v.doseNumber() >= v.totalDoses())
        .map(FullVaccinationRule::dateOf)
        .flatMap(Optional::stream)
        .min(Comparator.naturalOrder())
        .map(finalDose -> finalDose.plusDays(DAYS_AFTER_FINAL_DOSE));
  }

  /** Whether the rule is met on {@code today}. */
  public static boolean isMet(Collection<VaccinationEntry> vaccinations, LocalDate today) {
    return metOn(vaccinations).map(day -> !today.isBefore(day)).orElse(false);
  }

  private static Optional<LocalDate> dateOf(VaccinationEntry entry) {
    try {
      return Optional.of(LocalDate.parse(entry.date()));
    } catch (DateTimeException | NullPointerException unreadable) {
      return Optional.empty();
    }
  }
}
