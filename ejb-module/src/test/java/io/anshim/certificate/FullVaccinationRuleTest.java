package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.certificate.verification.VaccinationEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FullVaccinationRuleTest {

  private static VaccinationEntry dose(int n, int of, String date) {
    return new VaccinationEntry(
        "840539006",
        "1119349007",
        "EU/1/20/1528",
        "ORG-100030215",
        n,
        of,
        date,
        "KR",
        "KDCA",
        "URN:UVCI:01:KR:X");
  }

  @Test
  void fourteenDaysAfterTheFinalDoseTheRuleIsMet() {
    List<VaccinationEntry> doses = List.of(dose(1, 2, "2021-07-01"), dose(2, 2, "2021-07-22"));

    assertEquals(Optional.of(LocalDate.of(2021, 8, 5)), FullVaccinationRule.metOn(doses));
    assertFalse(FullVaccinationRule.isMet(doses, LocalDate.of(2021, 8, 4)));
    assertTrue(FullVaccinationRule.isMet(doses, LocalDate.of(2021, 8, 5)));
  }

  @Test
  void aFirstDoseAloneIsNotAFullCourse() {
    List<VaccinationEntry> firstOnly = List.of(dose(1, 2, "2021-07-01"));
    assertEquals(Optional.empty(), FullVaccinationRule.metOn(firstOnly));
    assertFalse(FullVaccinationRule.isMet(firstOnly, LocalDate.of(2022, 1, 1)));
  }

  @Test
  void aSingleDoseVaccineOrABoosterCountsAndAnUnreadableDateDoesNot() {
    assertEquals(
        Optional.of(LocalDate.of(2021, 6, 24)),
        FullVaccinationRule.metOn(List.of(dose(1, 1, "2021-06-10"))));
    assertEquals(
        Optional.of(LocalDate.of(2021, 12, 15)),
        FullVaccinationRule.metOn(List.of(dose(3, 2, "2021-12-01"))));
    assertEquals(Optional.empty(), FullVaccinationRule.metOn(List.of(dose(2, 2, "July 2021"))));
  }
}
