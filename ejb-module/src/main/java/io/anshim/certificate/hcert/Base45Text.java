package io.anshim.certificate.hcert;

import java.util.Arrays;
import org.apache.commons.codec.binary.Base45;

/**
 * Base45 (RFC 9285) with the strictness a verifier needs: commons-codec decodes leniently (skips
 * unknown characters), so the alphabet, the length and each group's value are checked first and bad
 * input is refused instead of being decoded into something else.
 */
public final class Base45Text {

  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  private static final Base45 CODEC = new Base45();

  /** The value of each ASCII character in the alphabet, -1 for the others. */
  private static final byte[] DIGITS = new byte[128];

  static {
    Arrays.fill(DIGITS, (byte) -1);
    for (int digit = 0; digit < ALPHABET.length(); digit++) {
      DIGITS[ALPHABET.charAt(digit)] = (byte) digit;
    }
  }

  private Base45Text() {}

  public static byte[] decode(String text) {
    if (text == null || text.isEmpty()) {
      throw new MalformedHcertException(DecodingStep.BASE45, "empty");
    }
    if (text.length() % 3 == 1) {
      throw new MalformedHcertException(DecodingStep.BASE45, "length " + text.length());
    }
    for (int start = 0; start < text.length(); start += 3) {
      int end = Math.min(start + 3, text.length());
      int value = 0;
      int factor = 1;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        int digit = c < DIGITS.length ? DIGITS[c] : -1;
        if (digit < 0) {
          throw new MalformedHcertException(
              DecodingStep.BASE45, "character not in the alphabet at " + i);
        }
        value += digit * factor;
        factor *= 45;
      }
      if (value > (end - start == 3 ? 0xFFFF : 0xFF)) {
        throw new MalformedHcertException(DecodingStep.BASE45, "group too large at " + start);
      }
    }
    return CODEC.decode(text);
  }

  public static String encode(byte[] bytes) {
    return CODEC.encodeToString(bytes);
  }
}
