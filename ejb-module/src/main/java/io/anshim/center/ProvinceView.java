package io.anshim.center;

import io.anshim.shared.Localized;
import java.io.Serializable;

public record ProvinceView(String code, Localized name) implements Serializable {

  static ProvinceView of(Province province) {
    return new ProvinceView(
        province.getCode(), new Localized(province.getNameKo(), province.getNameEn()));
  }
}
