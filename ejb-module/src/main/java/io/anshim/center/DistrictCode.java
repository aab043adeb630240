package io.anshim.center;

import io.anshim.shared.InvalidRequestException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The 5-digit administrative code of a city, county or district; its first two digits are the
 * province it belongs to.
 */
public record DistrictCode(String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{4}");

  public DistrictCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new InvalidRequestException("error.districtFormat", String.valueOf(value));
    }
  }

  public static DistrictCode parse(String text) {
    return new DistrictCode(text == null ? null : text.strip());
  }

  public ProvinceCode province() {
    return new ProvinceCode(value.substring(0, 2));
  }

  public boolean isIn(ProvinceCode province) {
    return province().equals(province);
  }

  @Override
  public String toString() {
    return value;
  }
}
