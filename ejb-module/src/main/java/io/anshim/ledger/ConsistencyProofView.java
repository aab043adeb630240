package io.anshim.ledger;

import java.util.List;

/** An RFC 9162 consistency proof, hashes in hex, with the roots of both trees. */
public record ConsistencyProofView(
    long oldSize, long treeSize, String oldRoot, String root, List<String> path) {

  public ConsistencyProofView {
    path = List.copyOf(path);
  }
}
