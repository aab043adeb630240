package io.anshim.certificate.issuance;

import io.anshim.shared.InvalidRequestException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A name in the ICAO 9303 machine-readable form the DCC's fnt/gnt fields require: A-Z and '<', at
 * most 80 characters. The citizen types the Latin transliteration of their Korean name (we do not
 * guess romanisation: it must match the passport); we only normalise case and separators.
 */
public record IcaoName(String value) {

  public static final int MAX_LENGTH = 80;
  private static final Pattern FORMAT = Pattern.compile("[A-Z<]{1,80}");

  public IcaoName {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidRequestException("error.icaoName", value);
    }
  }

  /** Upper case, and spaces and hyphens (runs of them) become one '<', as in a passport's MRZ. */
  public static IcaoName normalise(String entered) {
    if (entered == null || entered.isBlank()) {
      throw new InvalidRequestException("error.icaoNameRequired");
    }
    String upper = entered.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "<");
    if (upper.length() > MAX_LENGTH) {
      throw new InvalidRequestException("error.icaoNameLength", MAX_LENGTH);
    }
    return new IcaoName(upper);
  }

  @Override
  public String toString() {
    return value;
  }
}
