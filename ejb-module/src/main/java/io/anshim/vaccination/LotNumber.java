package io.anshim.vaccination;

import io.anshim.shared.InvalidRequestException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vaccine lot (batch) number as printed on the vial: 3 to 40 letters, digits and dashes, starting
 * and ending with a letter or digit. Kept in capitals, so "ab-12" and "AB-12" are the same lot.
 */
public record LotNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{1,38})[A-Z0-9]");

  public LotNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidRequestException("error.vaccination.lotNumber");
    }
  }

  /** Reads a lot number as typed: spaces around it are dropped, letters made capital. */
  public static LotNumber parse(String text) {
    return new LotNumber(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
