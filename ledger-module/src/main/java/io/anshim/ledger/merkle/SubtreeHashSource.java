package io.anshim.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link MerkleTree} reads the hashes of complete subtrees from. Every root and proof of a
 * tree of size n needs only O(log n) of them, so a persistent store keyed by (level, index) serves
 * proofs without touching all leaves.
 */
public interface SubtreeHashSource {

  /** Number of leaves appended so far; every complete subtree within [0, size) is readable. */
  long size();

  /**
   * The hash of a complete subtree lying entirely within [0, size()).
   *
   * @throws IllegalArgumentException if the subtree is not complete yet
   */
  Hash hash(Subtree subtree);

  /**
   * The hashes of several subtrees, in the order asked. {@link MerkleTree} asks for everything a
   * root or proof needs in a single call, so a database-backed source should override this with one
   * query.
   */
  default List<Hash> hashes(List<Subtree> subtrees) {
    List<Hash> result = new ArrayList<>(subtrees.size());
    for (Subtree subtree : subtrees) {
      result.add(hash(subtree));
    }
    return result;
  }
}
