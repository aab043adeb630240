package io.anshim.center.web;

import io.anshim.center.CenterDirectory;
import io.anshim.center.DistrictView;
import io.anshim.center.ProvinceView;
import java.io.Serializable;
import java.util.List;

/**
 * A province, then one of its districts: the place picker of the center search, the booking page
 * and the leftover search. The pages bind to it through their bean ({@code
 * #{bean.region.province}}).
 */
public final class RegionChoice implements Serializable {

  private final List<ProvinceView> provinces;
  private List<DistrictView> districts = List.of();
  private String province;
  private String district;

  public RegionChoice(CenterDirectory directory) {
    provinces = directory.provinces();
  }

  /** A new province: show its districts, and forget the district of the old one. */
  public void provinceChosen(CenterDirectory directory) {
    district = null;
    districts = province == null ? List.of() : directory.districts(province);
  }

  public boolean isProvinceChosen() {
    return province != null;
  }

  public List<ProvinceView> getProvinces() {
    return provinces;
  }

  public List<DistrictView> getDistricts() {
    return districts;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }
}
