package io.anshim.ledger.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps every complete subtree hash in memory, level by level (about 2n hashes for n leaves).
 * Appends are O(1) amortised; roots and proofs of any past size read O(log n) hashes.
 */
public final class InMemorySubtreeStore implements SubtreeHashSource {

  private final List<List<Hash>> levels = new ArrayList<>();
  private final CompactRange edge = CompactRange.empty();

  public static InMemorySubtreeStore of(List<Hash> leafHashes) {
    Objects.requireNonNull(leafHashes, "leafHashes");
    InMemorySubtreeStore store = new InMemorySubtreeStore();
    leafHashes.forEach(store::append);
    return store;
  }

  /** Appends a leaf hash and returns its index. */
  public synchronized long append(Hash leafHash) {
    long index = edge.size();
    for (SubtreeHash finished : edge.append(leafHash)) {
      int level = finished.subtree().level();
      if (levels.size() == level) {
        levels.add(new ArrayList<>());
      }
      List<Hash> row = levels.get(level);
      if (row.size() != finished.subtree().index() || row.size() == Integer.MAX_VALUE) {
        throw new IllegalStateException("in-memory store is full or out of order");
      }
      row.add(finished.hash());
    }
    return index;
  }

  /** Appends a leaf input (hashing it as an RFC 9162 leaf) and returns its index. */
  public long appendLeaf(byte[] leafInput) {
    return append(Hash.leafHash(leafInput));
  }

  @Override
  public synchronized long size() {
    return edge.size();
  }

  /** The tree head of the current size, from the compact range kept while appending. */
  public synchronized Hash root() {
    return edge.root();
  }

  @Override
  public synchronized Hash hash(Subtree subtree) {
    Objects.requireNonNull(subtree, "subtree");
    if (subtree.level() >= levels.size() || subtree.index() >= levels.get(subtree.level()).size()) {
      throw new IllegalArgumentException(
          "subtree " + subtree + " is not complete in a tree of size " + size());
    }
    return levels.get(subtree.level()).get((int) subtree.index());
  }
}
