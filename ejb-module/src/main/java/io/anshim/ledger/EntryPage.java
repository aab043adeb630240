package io.anshim.ledger;

import java.util.List;

/**
 * Consecutive entries from {@code start}, and the committed size of the log when they were read.
 */
public record EntryPage(long start, long treeSize, List<EntryView> entries) {

  public EntryPage {
    entries = List.copyOf(entries);
  }
}
