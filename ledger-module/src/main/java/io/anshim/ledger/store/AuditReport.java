package io.anshim.ledger.store;

import io.anshim.ledger.audit.Divergence;
import io.anshim.ledger.merkle.Hash;
import java.util.Objects;
import java.util.Optional;

/** The outcome of recomputing the stored log: what was checked, and the first divergence if any. */
public record AuditReport(
    long entriesChecked,
    long subtreesChecked,
    int checkpointsChecked,
    Hash recomputedRoot,
    Optional<Divergence> firstDivergence) {

  public AuditReport {
    Objects.requireNonNull(recomputedRoot, "recomputedRoot");
    Objects.requireNonNull(firstDivergence, "firstDivergence");
  }

  public boolean intact() {
    return firstDivergence.isEmpty();
  }
}
