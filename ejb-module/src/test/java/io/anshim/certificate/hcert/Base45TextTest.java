package io.anshim.certificate.hcert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base45TextTest {

  @Test
  void decodesTheRfc9285Examples() {
    assertEquals("AB", text(Base45Text.decode("BB8")));
    assertEquals("Hello!!", text(Base45Text.decode("%69 VD92EX0")));
    assertEquals("base-45", text(Base45Text.decode("UJCLQE7W581")));
    assertEquals("ietf!", text(Base45Text.decode("QED8WEX0")));
  }

  @Test
  void everyByteSurvivesARoundTrip() {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    assertArrayEquals(all, Base45Text.decode(Base45Text.encode(all)));
  }

  @Test
  void aCharacterOutsideTheAlphabetIsRefusedWhereItStands() {
    assertRefused("BB8qED", "character not in the alphabet at 3");
    assertRefused("BB8가ED", "character not in the alphabet at 3");
    assertRefused("BB8\u007fED", "character not in the alphabet at 3");
    assertRefused("BB8\u0000ED", "character not in the alphabet at 3");
  }

  @Test
  void aGroupAboveItsByteRangeIsRefused() {
    assertRefused("GGW", "group too large at 0");
    assertRefused("BB8:V", "group too large at 3");
  }

  @Test
  void emptyTextAndALeftOverCharacterAreRefused() {
    assertRefused("", "empty");
    assertRefused("BB8B", "length 4");
  }

  private static void assertRefused(String text, String reason) {
    MalformedHcertException refused =
        assertThrows(MalformedHcertException.class, () -> Base45Text.decode(text));
    assertEquals(DecodingStep.BASE45, refused.step());
    assertEquals(reason, refused.getMessage());
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.US_ASCII);
  }
}
