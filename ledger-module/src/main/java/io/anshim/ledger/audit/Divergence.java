package io.anshim.ledger.audit;

import java.util.Objects;

/**
 * Where a replay of the log first disagreed with what was claimed about it: the first entry index
 * known to be affected (for a checkpoint, the first entry after the last one that still matched)
 * and what was found.
 */
public record Divergence(long index, String finding) {

    public Divergence {
        Objects.requireNonNull(finding, "finding");
    }
}
