package io.anshim.center.api;

import io.anshim.center.CenterView;
import io.anshim.shared.Page;
import java.util.List;

/** A page of centers as JSON, with its position in the whole result. */
public record CenterPageJson(
    List<CenterView> items, int page, int size, long totalItems, int totalPages) {

  static CenterPageJson of(Page<CenterView> page) {
    return new CenterPageJson(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}
