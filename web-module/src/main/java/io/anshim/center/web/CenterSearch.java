package io.anshim.center.web;

import io.anshim.center.CenterDirectory;
import io.anshim.center.CenterQuery;
import io.anshim.center.CenterView;
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

  private RegionChoice region;
  private String vaccine;
  private List<VaccineView> vaccines;
  private final LazyDataModel<CenterView> centers = new CenterPages();

  @PostConstruct
  void load() {
    region = new RegionChoice(directory);
    vaccines = directory.vaccines();
  }

  public void provinceChosen() {
    region.provinceChosen(directory);
  }

  public RegionChoice getRegion() {
    return region;
  }

  private class CenterPages extends LazyDataModel<CenterView> {

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return region.isProvinceChosen() ? (int) page(0, 1).totalItems() : 0;
    }

    @Override
    public List<CenterView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (!region.isProvinceChosen()) {
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
              region.getProvince(),
              region.getDistrict(),
              vaccine,
              Integer.toString(number),
              Integer.toString(size)));
    }
  }

  public String getVaccine() {
    return vaccine;
  }

  public void setVaccine(String vaccine) {
    this.vaccine = vaccine;
  }

  public List<VaccineView> getVaccines() {
    return vaccines;
  }

  public LazyDataModel<CenterView> getCenters() {
    return centers;
  }
}
