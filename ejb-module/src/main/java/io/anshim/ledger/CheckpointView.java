package io.anshim.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A signed checkpoint as published: the signed note (log signature and witness cosignatures) and
 * its parts, for clients that do not parse notes.
 */
public record CheckpointView(
    String origin,
    long size,
    String root,
    String note,
    Instant createdAt,
    List<String> cosignedBy,
    boolean witnessQuorum) {

  public CheckpointView {
    cosignedBy = List.copyOf(cosignedBy);
  }
}
