package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"220-81-62517", "2208162517", "124-81-00998", "104-81-53114"})
  void validNumbersAreAcceptedWithOrWithoutHyphens(String text) {
    BusinessNumber number = BusinessNumber.parse(text);
    assertEquals(text.replace("-", ""), number.digits());
    assertEquals(10, number.digits().length());
  }

  @Test
  void itIsShownAsOnTheRegistrationCertificate() {
    assertEquals("220-81-62517", BusinessNumber.parse("2208162517").formatted());
  }

  @ParameterizedTest
  @ValueSource(strings = {"220-81-62518", "124-81-00990", "0000000001"})
  void aWrongCheckDigitIsRefused(String text) {
    InvalidRequestException refusal =
        assertThrows(InvalidRequestException.class, () -> BusinessNumber.parse(text));
    assertEquals("error.businessNumberCheck", refusal.messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "220-81-6251", "220-811-62517", "abc-de-fghij", "22O8162517"})
  void aWrongShapeIsRefused(String text) {
    InvalidRequestException refusal =
        assertThrows(InvalidRequestException.class, () -> BusinessNumber.parse(text));
    assertEquals("error.businessNumberFormat", refusal.messageKey());
  }
}
