package io.anshim.center;

import io.anshim.shared.Page;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The public directory of provinces, districts, vaccines and vaccination centers, and the
 * operator's changes to it. Reads come from a cache that every change invalidates.
 */
@Local
public interface CenterDirectory {

  List<ProvinceView> provinces();

  /** Districts of a province; an unknown or malformed code is an InvalidRequestException. */
  List<DistrictView> districts(String provinceCode);

  List<VaccineView> vaccines();

  Page<CenterView> findCenters(CenterQuery query);

  /** The current state of one center, for editing. */
  CenterEdit editableCenter(long centerId);

  /** Applies an operator's edit; refused if someone else saved the center since it was read. */
  CenterView updateCenter(long centerId, CenterEdit edit);
}
