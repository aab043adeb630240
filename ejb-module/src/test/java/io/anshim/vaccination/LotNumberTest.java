package io.anshim.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.shared.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LotNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"FK8891", "ABC", "EW0-182", "300042698", "a1b2-c3d4", "  ff2587  "})
  void lotNumbersAsPrintedOnVialsAreAccepted(String typed) {
    LotNumber lot = LotNumber.parse(typed);
    assertEquals(typed.strip().toUpperCase(), lot.value());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "AB",
        "-AB12",
        "AB12-",
        "AB 12",
        "AB_12",
        "로트123",
        "A1234567890123456789012345678901234567890"
      })
  void anythingElseIsRefusedWithTheLotNumberMessage(String typed) {
    InvalidRequestException refused =
        assertThrows(InvalidRequestException.class, () -> LotNumber.parse(typed));
    assertEquals("error.vaccination.lotNumber", refused.messageKey());
  }

  @org.junit.jupiter.api.Test
  void fortyCharactersIsTheLongestLot() {
    String forty = "A".repeat(40);
    assertEquals(forty, LotNumber.parse(forty).value());
  }
}
