package io.anshim.center;

import java.util.List;
import java.util.Optional;

/** Where provinces, districts, vaccines and vaccination centers are kept. */
public interface CenterRepository {

  List<Province> provinces();

  Optional<Province> province(String code);

  List<District> districtsOf(String provinceCode);

  Optional<District> district(String code);

  List<Vaccine> vaccines();

  List<VaccinationCenter> centersInProvince(String provinceCode);

  List<VaccinationCenter> centersInDistrict(String districtCode);

  Optional<VaccinationCenter> center(long id);
}
