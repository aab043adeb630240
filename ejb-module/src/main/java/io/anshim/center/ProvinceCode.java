package io.anshim.center;

import io.anshim.shared.InvalidRequestException;
import java.io.Serializable;
import java.util.regex.Pattern;

/** The 2-digit administrative code of a province or metropolitan city, e.g. 11 for Seoul. */
public record ProvinceCode(String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]");

  public ProvinceCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidRequestException("error.provinceFormat", String.valueOf(value));
    }
  }

  public static ProvinceCode parse(String text) {
    return new ProvinceCode(text == null ? null : text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
