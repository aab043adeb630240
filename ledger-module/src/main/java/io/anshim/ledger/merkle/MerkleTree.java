package io.anshim.ledger.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Tree heads and proofs (RFC 9162 §2.1.3.1 PATH and §2.1.4.1 SUBPROOF) for any size up to the size
 * of a {@link SubtreeHashSource}. Every node the RFC recursion needs is either a complete subtree
 * or a right edge made of O(log n) complete subtrees, so each call reads O(log n) hashes in one
 * batch.
 */
public final class MerkleTree {

  private final SubtreeHashSource source;

  public MerkleTree(SubtreeHashSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A tree over the given leaf hashes, held in memory. */
  public static MerkleTree ofLeafHashes(List<Hash> leafHashes) {
    return new MerkleTree(InMemorySubtreeStore.of(leafHashes));
  }

  public long size() {
    return source.size();
  }

  public Hash root() {
    return root(source.size());
  }

  /** The tree head MTH(D[0:size]). */
  public Hash root(long size) {
    requireSize(size);
    return hashesOfRanges(List.of(new long[] {0, size})).get(0);
  }

  /** The audit path of one leaf in the tree of the given size, deepest sibling first. */
  public InclusionProof inclusionProof(long leafIndex, long treeSize) {
    requireSize(treeSize);
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " is outside [0, " + treeSize + ")");
    }
    List<long[]> siblings = new ArrayList<>();
    long start = 0;
    long end = treeSize;
    while (end - start > 1) {
      long k = largestPowerOfTwoBelow(end - start);
      if (leafIndex < start + k) {
        siblings.add(new long[] {start + k, end});
        end = start + k;
      } else {
        siblings.add(new long[] {start, start + k});
        start += k;
      }
    }
    Collections.reverse(siblings);
    return new InclusionProof(leafIndex, treeSize, hashesOfRanges(siblings));
  }

  /**
   * The proof that the tree of size {@code oldSize} is a prefix of the tree of size {@code
   * newSize}.
   */
  public ConsistencyProof consistencyProof(long oldSize, long newSize) {
    requireSize(newSize);
    if (oldSize < 1 || oldSize > newSize) {
      throw new IllegalArgumentException(
          "old size " + oldSize + " is outside [1, " + newSize + "]");
    }
    List<long[]> nodes = new ArrayList<>();
    long start = 0;
    long end = newSize;
    long m = oldSize;
    boolean oldRootIsKnown = true;
    while (true) {
      long n = end - start;
      if (m == n) {
        if (!oldRootIsKnown) {
          nodes.add(new long[] {start, end});
        }
        break;
      }
      long k = largestPowerOfTwoBelow(n);
      if (m <= k) {
        nodes.add(new long[] {start + k, end});
        end = start + k;
      } else {
        nodes.add(new long[] {start, start + k});
        start += k;
        m -= k;
        oldRootIsKnown = false;
      }
    }
    Collections.reverse(nodes);
    return new ConsistencyProof(oldSize, newSize, hashesOfRanges(nodes));
  }

  /**
   * The complete subtrees covering [start, end), largest first. Valid for the ranges the RFC
   * recursion produces, whose start is aligned to the largest power of two not exceeding their
   * length.
   */
  static List<Subtree> decompose(long start, long end) {
    List<Subtree> parts = new ArrayList<>();
    long length = end - start;
    long position = start;
    for (int level = 63 - Long.numberOfLeadingZeros(Math.max(length, 1)); level >= 0; level--) {
      if ((length & (1L << level)) != 0) {
        parts.add(Subtree.startingAt(position, level));
        position += 1L << level;
      }
    }
    return parts;
  }

  /** Folds peaks (largest first) into the RFC 9162 hash of their union: p1 · (p2 · (… · pk)). */
  static Hash foldPeaks(List<Hash> peaks) {
    if (peaks.isEmpty()) {
      return Hash.EMPTY_TREE;
    }
    Hash hash = peaks.get(peaks.size() - 1);
    for (int i = peaks.size() - 2; i >= 0; i--) {
      hash = Hash.nodeHash(peaks.get(i), hash);
    }
    return hash;
  }

  private List<Hash> hashesOfRanges(List<long[]> ranges) {
    List<Subtree> wanted = new ArrayList<>();
    int[] partCounts = new int[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      List<Subtree> parts = decompose(ranges.get(i)[0], ranges.get(i)[1]);
      partCounts[i] = parts.size();
      wanted.addAll(parts);
    }
    List<Hash> read = source.hashes(Collections.unmodifiableList(wanted));
    if (read.size() != wanted.size()) {
      throw new IllegalStateException(
          "source returned " + read.size() + " hashes for " + wanted.size() + " subtrees");
    }
    List<Hash> result = new ArrayList<>(ranges.size());
    int offset = 0;
    for (int count : partCounts) {
      result.add(foldPeaks(read.subList(offset, offset + count)));
      offset += count;
    }
    return result;
  }

  private void requireSize(long size) {
    if (size < 0 || size > source.size()) {
      throw new IllegalArgumentException(
          "tree size " + size + " is outside [0, " + source.size() + "]");
    }
  }

  private static long largestPowerOfTwoBelow(long n) {
    return Long.highestOneBit(n - 1);
  }
}
