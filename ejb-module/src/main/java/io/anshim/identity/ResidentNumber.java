package io.anshim.identity;

import io.anshim.shared.InvalidRequestException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident registration number (주민등록번호), YYMMDD-GNNNNNN. The seventh digit G gives the century of
 * birth (and sex, and whether the person is a registered foreigner). The last digit was a check
 * digit until October 2020; numbers issued since are random there, so it is not enforced. Never
 * stored or shown in full: see {@link #masked()}.
 */
public final class ResidentNumber {

  private static final Pattern FORMAT = Pattern.compile("(\\d{6})-?(\\d{7})");
  private static final int[] CHECK_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

  private final String digits;
  private final LocalDate birthDate;

  private ResidentNumber(String digits, LocalDate birthDate) {
    this.digits = digits;
    this.birthDate = birthDate;
  }

  /**
   * Reads a number typed with or without the hyphen; refuses a wrong format, an impossible birth
   * date, an unknown century digit, or a birth date after {@code today}.
   */
  public static ResidentNumber parse(String text, LocalDate today) {
    Objects.requireNonNull(today, "today");
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException("error.residentNumberFormat");
    }
    String digits = matcher.group(1) + matcher.group(2);
    int century = centuryOf(digits.charAt(6));
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              century + Integer.parseInt(digits.substring(0, 2)),
              Integer.parseInt(digits.substring(2, 4)),
              Integer.parseInt(digits.substring(4, 6)));
    } catch (DateTimeException impossible) {
      throw new InvalidRequestException("error.residentNumberBirthDate");
    }
    if (birth.isAfter(today)) {
      throw new InvalidRequestException("error.residentNumberBirthDate");
    }
    return new ResidentNumber(digits, birth);
  }

  private static int centuryOf(char digit) {
    return switch (digit) {
      case '9', '0' -> 1800;
      case '1', '2', '5', '6' -> 1900;
      case '3', '4', '7', '8' -> 2000;
      default -> throw new InvalidRequestException("error.residentNumberFormat");
    };
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** True for men (odd seventh digit, 0 counted as female per the 1800s rule). */
  public boolean isMale() {
    return (digits.charAt(6) - '0') % 2 == 1;
  }

  /** True for registered foreigners (seventh digit 5 to 8). */
  public boolean isForeigner() {
    char g = digits.charAt(6);
    return g >= '5' && g <= '8';
  }

  /** Whether the last digit is the pre-October-2020 check digit. Informative only. */
  public boolean hasLegacyCheckDigit() {
    int sum = 0;
    for (int i = 0; i < CHECK_WEIGHTS.length; i++) {
      sum += (digits.charAt(i) - '0') * CHECK_WEIGHTS[i];
    }
    return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
  }

  /** The 13 digits without hyphen, for keyed hashing and encryption only. */
  public String digits() {
    return digits;
  }

  /** As screens may show it: 900101-1******. */
  public String masked() {
    return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentNumber that && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Masked: a resident number never reaches a log in full. */
  @Override
  public String toString() {
    return masked();
  }
}
