package io.anshim.identity;

import io.anshim.shared.InvalidRequestException;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A business registration number (사업자등록번호), XXX-XX-XXXXX, with its check digit. */
public record BusinessNumber(String digits) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("(\\d{3})-?(\\d{2})-?(\\d{5})");
  private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

  public BusinessNumber {
    if (digits == null || !digits.matches("\\d{10}")) {
      throw new InvalidRequestException("error.businessNumberFormat");
    }
    if (!checkDigitMatches(digits)) {
      throw new InvalidRequestException("error.businessNumberCheck");
    }
  }

  /** Reads a number typed with or without hyphens. */
  public static BusinessNumber parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException("error.businessNumberFormat");
    }
    return new BusinessNumber(matcher.group(1) + matcher.group(2) + matcher.group(3));
  }

  static boolean checkDigitMatches(String digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    sum += (digits.charAt(8) - '0') * 5 / 10;
    return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
  }

  /** As printed on a registration certificate: 123-45-67890. */
  public String formatted() {
    return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
