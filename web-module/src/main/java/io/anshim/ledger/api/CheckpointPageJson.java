package io.anshim.ledger.api;

import io.anshim.ledger.CheckpointView;
import io.anshim.shared.Page;
import java.util.List;

/** A page of the checkpoint history as JSON, oldest first. */
public record CheckpointPageJson(
    List<CheckpointView> items, int page, int size, long totalItems, int totalPages) {

  static CheckpointPageJson of(Page<CheckpointView> page) {
    return new CheckpointPageJson(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}
