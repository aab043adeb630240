package io.anshim.booking.leftover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.shared.Localized;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestFirstTest {

  private static final double CITY_HALL_LAT = 37.5663;
  private static final double CITY_HALL_LON = 126.9779;

  @Test
  void seoulToBusanIsAboutThreeHundredTwentyFiveKilometres() {
    double km = GreatCircle.kilometres(CITY_HALL_LAT, CITY_HALL_LON, 35.1796, 129.0756);
    assertEquals(325, km, 5);
  }

  @Test
  void theSamePlaceIsNoDistance() {
    assertEquals(0, GreatCircle.kilometres(37.5, 127.0, 37.5, 127.0), 1e-9);
  }

  @Test
  void centersComeNearestFirstWithTheirDistance() {
    LeftoverCenter busan = center(26, 35.1063, 129.0324);
    LeftoverCenter jongno = center(1, 37.5826, 126.9695);
    LeftoverCenter jung = center(2, 37.5638, 126.9976);
    LeftoverCenter yongsan = center(3, 37.5326, 126.9905);

    List<LeftoverCenter> ordered =
        NearestFirst.from(CITY_HALL_LAT, CITY_HALL_LON, List.of(busan, yongsan, jongno, jung), 10);

    assertEquals(List.of(2L, 1L, 3L, 26L), ordered.stream().map(LeftoverCenter::centerId).toList());
    assertEquals(1.8, ordered.get(0).distanceKm(), 0.3);
    assertEquals(320, ordered.get(3).distanceKm(), 10);
  }

  @Test
  void onlyTheClosestAreKept() {
    List<LeftoverCenter> ordered =
        NearestFirst.from(
            35.1, 129.0, List.of(center(1, 37.58, 126.97), center(26, 35.10, 129.03)), 1);
    assertEquals(List.of(26L), ordered.stream().map(LeftoverCenter::centerId).toList());
  }

  private static LeftoverCenter center(long id, double lat, double lon) {
    Localized name = new Localized("센터 " + id, "Center " + id);
    return new LeftoverCenter(id, name, name, null, "11110", name, lat, lon, null, 1, List.of());
  }
}
