package io.anshim.ledger.audit;

import java.util.Objects;

/**
 * Where a replay of the log first disagreed with what was claimed about it: the first entry index
 * known to be affected (for a checkpoint whose root differs, its last entry: the change lies at or
 * before it) and what was found.
 */
public record Divergence(long index, String finding) {

  public Divergence {
    Objects.requireNonNull(finding, "finding");
  }
}
