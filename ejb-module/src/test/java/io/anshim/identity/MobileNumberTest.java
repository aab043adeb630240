package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.shared.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"010-1234-5678", "01012345678", " 010 1234 5678 "})
  void aKoreanMobileNumberIsReadWithOrWithoutHyphens(String typed) {
    MobileNumber number = MobileNumber.parse(typed);
    assertEquals("010-1234-5678", number.value());
    assertEquals("010-****-5678", number.masked());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "011-1234-5678",
        "010-123-5678",
        "010-1234-56789",
        "02-123-4567",
        "010-abcd-5678"
      })
  void anythingElseIsRefused(String typed) {
    assertEquals(
        "error.identity.mobileFormat",
        assertThrows(InvalidRequestException.class, () -> MobileNumber.parse(typed)).messageKey());
  }
}
