package io.anshim.certificate.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class KoreanNameTest {

  @Test
  void aKoreanNameIsFamilyNameFirstWithTwoSyllableSurnamesKept() {
    assertEquals(new KoreanName("홍", "길동"), KoreanName.split("홍길동"));
    assertEquals(new KoreanName("남궁", "민수"), KoreanName.split("남궁민수"));
    assertEquals(new KoreanName("남", "궁민"), KoreanName.split("남궁민"), "남 is the surname here");
    assertEquals(new KoreanName("김", ""), KoreanName.split("김"));
    assertEquals(new KoreanName("Kim", "Phone"), KoreanName.split(" Kim Phone "));
  }

  @Test
  void theDomesticLatinNameIsTheRevisedRomanizationSyllableBySyllable() {
    assertEquals("HONG", HangulRomanization.romanize("홍"));
    assertEquals("GILDONG", HangulRomanization.romanize("길동"));
    assertEquals("MINJUN", HangulRomanization.romanize("민준"));
    assertEquals("I", HangulRomanization.romanize("이"));
    assertEquals("SEOYEON", HangulRomanization.romanize("서연"));
    assertEquals("HAEUN", HangulRomanization.romanize("하은"));
    assertEquals("CHOE", HangulRomanization.romanize("최"));
    assertEquals("RYU", HangulRomanization.romanize("류"));
    assertEquals("KIM<PHONE", HangulRomanization.romanize("Kim Phone"));
    assertEquals("", HangulRomanization.romanize("金"));
  }

  @Test
  void aPassportNumberIsKoreanFormatAndTypingSlipsAreForgiven() {
    assertEquals("M12345678", PassportNumber.parse(" m1234 5678 ").value());
    assertEquals("M123A4567", PassportNumber.parse("m123a4567").value());
    for (String bad :
        new String[] {"12345678", "M1234567", "MM1234567", "M123A456", "M12345678X"}) {
      InvalidRequestException refused =
          assertThrows(InvalidRequestException.class, () -> PassportNumber.parse(bad), bad);
      assertEquals("error.certificate.passportNumber", refused.messageKey());
    }
    assertEquals(
        "error.certificate.passportNumberRequired",
        assertThrows(InvalidRequestException.class, () -> PassportNumber.parse(" ")).messageKey());
  }
}
