package io.anshim.center;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.util.List;

/** A vaccination center as the public sees it. */
public record CenterView(
    long id,
    Localized name,
    Localized address,
    String phone,
    DistrictView district,
    double latitude,
    double longitude,
    List<VaccineView> vaccines)
    implements Serializable {

  public CenterView {
    vaccines = List.copyOf(vaccines);
  }

  static CenterView of(VaccinationCenter center) {
    return new CenterView(
        center.getId(),
        new Localized(center.getNameKo(), center.getNameEn()),
        new Localized(center.getAddressKo(), center.getAddressEn()),
        center.getPhone(),
        DistrictView.of(center.getDistrict()),
        center.getLatitude().doubleValue(),
        center.getLongitude().doubleValue(),
        center.getVaccines().stream().map(VaccineView::of).toList());
  }

  public boolean offers(String vaccineCode) {
    return vaccines.stream().anyMatch(v -> v.code().equals(vaccineCode));
  }
}
