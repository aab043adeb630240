package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.shared.InvalidRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2021, 8, 9);

  @ParameterizedTest
  @CsvSource({
    "900101-1234568, 1990-01-01, true, false",
    "9001012234567, 1990-01-01, false, false",
    "050615-3000000, 2005-06-15, true, false",
    "050615-4000000, 2005-06-15, false, false",
    "851231-5000000, 1985-12-31, true, true",
    "010101-8000000, 2001-01-01, false, true",
    "991231-9000000, 1899-12-31, true, false",
    "000229-3000000, 2000-02-29, true, false",
    "210809-4000000, 2021-08-09, false, false"
  })
  void theSeventhDigitGivesCenturySexAndForeignerStatus(
      String text, LocalDate birth, boolean male, boolean foreigner) {
    ResidentNumber number = ResidentNumber.parse(text, TODAY);

    assertEquals(birth, number.birthDate());
    assertEquals(male, number.isMale());
    assertEquals(foreigner, number.isForeigner());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "900101",
        "900101-123456",
        "900101-12345678",
        "90O101-1234567",
        "900101_1234567"
      })
  void aWrongShapeIsRefused(String text) {
    assertRefused("error.residentNumberFormat", text);
  }

  @Test
  void nothingIsNotANumber() {
    assertRefused("error.residentNumberFormat", null);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "900230-1234567",
        "901301-1234567",
        "900100-1234567",
        "010229-3000000",
        "210810-3000000"
      })
  void anImpossibleOrFutureBirthDateIsRefused(String text) {
    assertRefused("error.residentNumberBirthDate", text);
  }

  @Test
  void theLegacyCheckDigitIsInformativeOnly() {
    // weights 2..9,2..5 over 900101123456 give 124; (11 - 124 % 11) % 10 = 8
    assertTrue(ResidentNumber.parse("900101-1234568", TODAY).hasLegacyCheckDigit());
    assertFalse(ResidentNumber.parse("900101-1234567", TODAY).hasLegacyCheckDigit());
  }

  @Test
  void itIsShownAndLoggedOnlyMasked() {
    ResidentNumber number = ResidentNumber.parse("9001011234567", TODAY);

    assertEquals("900101-1******", number.masked());
    assertEquals("900101-1******", number.toString());
    assertEquals("9001011234567", number.digits());
  }

  private static void assertRefused(String key, String text) {
    InvalidRequestException refusal =
        assertThrows(InvalidRequestException.class, () -> ResidentNumber.parse(text, TODAY));
    assertEquals(key, refusal.messageKey());
  }
}
