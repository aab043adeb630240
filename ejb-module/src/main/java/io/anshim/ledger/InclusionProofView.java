package io.anshim.ledger;

import java.util.List;

/** An RFC 9162 inclusion proof, hashes in hex, with the root of the tree it leads to. */
public record InclusionProofView(
    long index, long treeSize, String leafHash, String root, List<String> path) {

  public InclusionProofView {
    path = List.copyOf(path);
  }
}
