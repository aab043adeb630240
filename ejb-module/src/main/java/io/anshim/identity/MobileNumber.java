package io.anshim.identity;

import io.anshim.shared.InvalidRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Korean mobile number, 010-XXXX-XXXX (typed with or without hyphens or spaces). */
public record MobileNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("010[- ]?(\\d{4})[- ]?(\\d{4})");

  public static MobileNumber parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new InvalidRequestException("error.identity.mobileFormat");
    }
    return new MobileNumber("010-" + matcher.group(1) + "-" + matcher.group(2));
  }

  /** As a delivery report shows it: 010-****-5678. */
  public String masked() {
    return "010-****-" + value.substring(9);
  }

  @Override
  public String toString() {
    return masked();
  }
}
