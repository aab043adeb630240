package io.anshim.center;

import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.PageRequest;
import java.util.Optional;

/**
 * A search of the center directory: a province, optionally one of its districts and a vaccine, and
 * the page wanted. Built from raw request text so every screen and API checks it the same way.
 */
public record CenterQuery(
    ProvinceCode province,
    Optional<DistrictCode> district,
    Optional<String> vaccine,
    PageRequest page) {

  public CenterQuery {
    if (province == null) {
      throw new InvalidRequestException("error.provinceRequired");
    }
    district.ifPresent(
        d -> {
          if (!d.isIn(province)) {
            throw new InvalidRequestException("error.districtNotInProvince", d, province);
          }
        });
  }

  /** A query from request text; a blank district, vaccine, page or size means "any"/default. */
  public static CenterQuery parse(
      String province, String district, String vaccine, String page, String size) {
    if (province == null || province.isBlank()) {
      throw new InvalidRequestException("error.provinceRequired");
    }
    return new CenterQuery(
        ProvinceCode.parse(province),
        blankToEmpty(district).map(DistrictCode::parse),
        blankToEmpty(vaccine).map(String::strip),
        new PageRequest(number("page", page, 0), number("size", size, PageRequest.DEFAULT_SIZE)));
  }

  private static int number(String parameter, String text, int whenBlank) {
    if (text == null || text.isBlank()) {
      return whenBlank;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("error.notANumber", parameter, text);
    }
  }

  private static Optional<String> blankToEmpty(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}
