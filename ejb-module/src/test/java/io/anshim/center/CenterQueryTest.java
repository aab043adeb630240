package io.anshim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CenterQueryTest {

  @Test
  void blankOptionalPartsMeanAnyDistrictAnyVaccineAndTheFirstPage() {
    CenterQuery query = CenterQuery.parse(" 11 ", "", null, null, " ");

    assertEquals(new ProvinceCode("11"), query.province());
    assertEquals(Optional.empty(), query.district());
    assertEquals(Optional.empty(), query.vaccine());
    assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), query.page());
  }

  @Test
  void aDistrictMustLieInTheProvince() {
    assertEquals(
        Optional.of(new DistrictCode("11110")),
        CenterQuery.parse("11", "11110", null, "0", "20").district());
    assertRefused(
        "error.districtNotInProvince", () -> CenterQuery.parse("11", "26110", null, "0", "20"));
  }

  @Test
  void provinceCodesAreTwoDigitsNotStartingWithZero() {
    assertRefused("error.provinceRequired", () -> CenterQuery.parse(null, null, null, null, null));
    assertRefused("error.provinceRequired", () -> CenterQuery.parse("  ", null, null, null, null));
    for (String bad : List.of("1", "111", "ab", "01", "1a", "１１")) {
      assertRefused("error.provinceFormat", () -> CenterQuery.parse(bad, null, null, null, null));
    }
  }

  @Test
  void districtCodesAreFiveDigits() {
    for (String bad : List.of("1111", "111100", "11a10", "01110")) {
      assertRefused("error.districtFormat", () -> CenterQuery.parse("11", bad, null, null, null));
    }
    assertTrue(new DistrictCode("50110").isIn(new ProvinceCode("50")));
  }

  @Test
  void pagesAreCheckedWithTheParameterNamed() {
    InvalidRequestException notANumber =
        assertRefused("error.notANumber", () -> CenterQuery.parse("11", null, null, "one", null));
    assertEquals(List.of("page", "one"), notANumber.arguments());
    assertRefused("error.pageNegative", () -> CenterQuery.parse("11", null, null, "-1", null));
    assertRefused("error.pageSize", () -> CenterQuery.parse("11", null, null, "0", "0"));
    assertRefused("error.pageSize", () -> CenterQuery.parse("11", null, null, "0", "101"));
    assertEquals(100, CenterQuery.parse("11", null, null, "0", "100").page().size());
  }

  private static InvalidRequestException assertRefused(String key, Runnable action) {
    InvalidRequestException refusal = assertThrows(InvalidRequestException.class, action::run);
    assertEquals(key, refusal.messageKey());
    return refusal;
  }
}
