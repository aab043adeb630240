package io.anshim.certificate.issuance;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Unique Vaccination Certificate Identifier, "URN:UVCI:01:KR:" + an opaque part + "#" + a check
 * character: Luhn mod N over the whole identifier before "#", with the character set "A-Z 0-9 / :"
 * of the EU DCC UVCI guidelines (so a typed-in identifier can be checked).
 */
public record Uvci(String value) {

  private static final String CHARSET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:";
  private static final String PREFIX = "URN:UVCI:01:KR:";
  private static final Pattern FORMAT =
      Pattern.compile("URN:UVCI:01:KR:[A-Z0-9/]{8,40}#[A-Z0-9/:]");

  /** No 0/O and 1/I, so an identifier read aloud or retyped is not mistaken. */
  private static final String OPAQUE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final int OPAQUE_LENGTH = 26;
  private static final SecureRandom RANDOM = new SecureRandom();

  public Uvci {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a Korean UVCI: " + value);
    }
    int hash = value.indexOf('#');
    if (checkCharacter(value.substring(0, hash)) != value.charAt(hash + 1)) {
      throw new IllegalArgumentException("wrong check character: " + value);
    }
  }

  /** A new identifier with 130 random bits, as unguessable as it is unique. */
  public static Uvci generate() {
    StringBuilder opaque = new StringBuilder(OPAQUE_LENGTH);
    for (int i = 0; i < OPAQUE_LENGTH; i++) {
      opaque.append(OPAQUE_CHARS.charAt(RANDOM.nextInt(OPAQUE_CHARS.length())));
    }
    return of(opaque.toString());
  }

  public static Uvci of(String opaquePart) {
    String body = PREFIX + opaquePart;
    return new Uvci(body + "#" + checkCharacter(body));
  }

  public static boolean isValid(String text) {
    try {
      new Uvci(text);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  static char checkCharacter(String body) {
    int n = CHARSET.length();
    int factor = 2;
    int sum = 0;
    for (int i = body.length() - 1; i >= 0; i--) {
      int codePoint = CHARSET.indexOf(body.charAt(i));
      if (codePoint < 0) {
        throw new IllegalArgumentException("character outside the UVCI set: " + body.charAt(i));
      }
      int addend = factor * codePoint;
      factor = factor == 2 ? 1 : 2;
      sum += addend / n + addend % n;
    }
    return CHARSET.charAt((n - sum % n) % n);
  }

  @Override
  public String toString() {
    return value;
  }
}
