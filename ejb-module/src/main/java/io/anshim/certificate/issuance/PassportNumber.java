package io.anshim.certificate.issuance;

import io.anshim.shared.InvalidRequestException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Korean passport number as printed: a letter and eight digits (M12345678), or, since 2021, a
 * letter, three digits, a letter and four digits (M123A4567). Spaces the citizen types are ignored,
 * lower case is raised.
 */
public record PassportNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9]{8}|[A-Z][0-9]{3}[A-Z][0-9]{4}");

  public PassportNumber {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidRequestException("error.certificate.passportNumber");
    }
  }

  public static PassportNumber parse(String entered) {
    if (entered == null || entered.isBlank()) {
      throw new InvalidRequestException("error.certificate.passportNumberRequired");
    }
    return new PassportNumber(entered.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
