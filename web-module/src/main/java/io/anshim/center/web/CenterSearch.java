package io.anshim.center.web;

import io.anshim.center.CenterDirectory;
import io.anshim.center.CenterQuery;
import io.anshim.center.CenterView;
import io.anshim.center.DistrictView;
import io.anshim.center.ProvinceView;
import io.anshim.center.VaccineView;
import io.anshim.shared.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The "vaccination centers" search: province, district and vaccine, results paged. */
@Named
@ViewScoped
public class CenterSearch implements Serializable {

  @Inject private CenterDirectory directory;

  private String province;
  private String district;
  private String vaccine;
  private List<ProvinceView> provinces;
  private List<DistrictView> districts = List.of();
  private List<VaccineView> vaccines;
  private final LazyDataModel<CenterView> centers = new CenterPages();

  @PostConstruct
  void load() {
    provinces = directory.provinces();
    vaccines = directory.vaccines();
  }

  /** A new province: show its districts, and forget the district of the old one. */
  public void provinceChosen() {
    district = null;
    districts = province == null ? List.of() : directory.districts(province);
  }

  public boolean isProvinceChosen() {
    return province != null;
  }

  private class CenterPages extends LazyDataModel<CenterView> {

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return province == null ? 0 : (int) page(0, 1).totalItems();
    }

    @Override
    public List<CenterView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (province == null) {
        return List.of();
      }
      Page<CenterView> page = page(first / pageSize, pageSize);
      setRowCount((int) page.totalItems());
      return page.items();
    }

    @Override
    public String getRowKey(CenterView center) {
      return Long.toString(center.id());
    }

    private Page<CenterView> page(int number, int size) {
      return directory.findCenters(
          CenterQuery.parse(
              province, district, vaccine, Integer.toString(number), Integer.toString(size)));
    }
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

  public String getVaccine() {
    return vaccine;
  }

  public void setVaccine(String vaccine) {
    this.vaccine = vaccine;
  }

  public List<ProvinceView> getProvinces() {
    return provinces;
  }

  public List<DistrictView> getDistricts() {
    return districts;
  }

  public List<VaccineView> getVaccines() {
    return vaccines;
  }

  public LazyDataModel<CenterView> getCenters() {
    return centers;
  }
}
