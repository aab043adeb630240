package io.anshim.center.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.center.CenterDirectory;
import io.anshim.center.CenterEdit;
import io.anshim.center.CenterQuery;
import io.anshim.center.CenterView;
import io.anshim.center.DistrictView;
import io.anshim.center.ProvinceView;
import io.anshim.center.VaccineView;
import io.anshim.shared.Localized;
import io.anshim.shared.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionChoiceTest {

  private final CenterDirectory directory = new Directory();

  @Test
  void offersTheProvincesAndNoDistrictBeforeAProvinceIsChosen() {
    RegionChoice region = new RegionChoice(directory);
    assertEquals(
        List.of("11", "26"), region.getProvinces().stream().map(ProvinceView::code).toList());
    assertFalse(region.isProvinceChosen());
    assertEquals(List.of(), region.getDistricts());
  }

  @Test
  void aNewProvinceShowsItsDistrictsAndForgetsTheOldDistrict() {
    RegionChoice region = new RegionChoice(directory);
    region.setProvince("11");
    region.provinceChosen(directory);
    region.setDistrict("11140");
    assertTrue(region.isProvinceChosen());
    assertEquals(List.of("11110", "11140"), codes(region));

    region.setProvince("26");
    region.provinceChosen(directory);
    assertNull(region.getDistrict(), "the district of the old province is forgotten");
    assertEquals(List.of("26110"), codes(region));

    region.setProvince(null);
    region.provinceChosen(directory);
    assertFalse(region.isProvinceChosen());
    assertEquals(List.of(), region.getDistricts());
  }

  private static List<String> codes(RegionChoice region) {
    return region.getDistricts().stream().map(DistrictView::code).toList();
  }

  /** Two provinces: Seoul with two districts, Busan with one. */
  private static final class Directory implements CenterDirectory {

    @Override
    public List<ProvinceView> provinces() {
      return List.of(
          new ProvinceView("11", new Localized("서울특별시", "Seoul")),
          new ProvinceView("26", new Localized("부산광역시", "Busan")));
    }

    @Override
    public List<DistrictView> districts(String provinceCode) {
      return switch (provinceCode) {
        case "11" ->
            List.of(
                new DistrictView("11110", "11", new Localized("종로구", "Jongno-gu")),
                new DistrictView("11140", "11", new Localized("중구", "Jung-gu")));
        case "26" -> List.of(new DistrictView("26110", "26", new Localized("중구", "Jung-gu")));
        default -> throw new IllegalArgumentException(provinceCode);
      };
    }

    @Override
    public List<VaccineView> vaccines() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<CenterView> findCenters(CenterQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CenterEdit editableCenter(long centerId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CenterView updateCenter(long centerId, CenterEdit edit) {
      throw new UnsupportedOperationException();
    }
  }
}
