package io.anshim.center;

import io.anshim.shared.Localized;
import java.io.Serializable;

public record DistrictView(String code, String provinceCode, Localized name)
    implements Serializable {

  static DistrictView of(District district) {
    return new DistrictView(
        district.getCode(),
        district.getCode().substring(0, 2),
        new Localized(district.getNameKo(), district.getNameEn()));
  }
}
