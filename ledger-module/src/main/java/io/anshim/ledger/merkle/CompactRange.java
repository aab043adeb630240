package io.anshim.ledger.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The right edge of a growing tree: the hashes of the O(log n) complete subtrees ("peaks") that
 * make up [0, size), largest first. Appending a leaf yields every complete subtree the leaf
 * finishes, which is exactly what a store must persist so that later roots and proofs need no
 * recomputation.
 */
public final class CompactRange {

  private long size;
  private final List<Hash> peaks;

  private CompactRange(long size, List<Hash> peaks) {
    this.size = size;
    this.peaks = peaks;
  }

  public static CompactRange empty() {
    return new CompactRange(0, new ArrayList<>());
  }

  /** Resumes from the peaks of a tree of the given size, as listed by {@link #peaksOf(long)}. */
  public static CompactRange of(long size, List<Hash> peaks) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    Objects.requireNonNull(peaks, "peaks");
    if (peaks.size() != Long.bitCount(size)) {
      throw new IllegalArgumentException(
          "a tree of size " + size + " has " + Long.bitCount(size) + " peaks, got " + peaks.size());
    }
    peaks.forEach(peak -> Objects.requireNonNull(peak, "peak"));
    return new CompactRange(size, new ArrayList<>(peaks));
  }

  /** Reads the peaks of the first {@code size} leaves from a source. */
  public static CompactRange load(SubtreeHashSource source, long size) {
    Objects.requireNonNull(source, "source");
    if (size < 0 || size > source.size()) {
      throw new IllegalArgumentException("size " + size + " is outside [0, " + source.size() + "]");
    }
    List<Subtree> peaks = peaksOf(size);
    return of(size, source.hashes(peaks));
  }

  /** The complete subtrees that make up [0, size), largest (leftmost) first. */
  public static List<Subtree> peaksOf(long size) {
    return MerkleTree.decompose(0, size);
  }

  /**
   * Appends a leaf and returns the complete subtrees it finished, the leaf itself (level 0) first,
   * then each newly completed ancestor.
   */
  public List<SubtreeHash> append(Hash leafHash) {
    Objects.requireNonNull(leafHash, "leafHash");
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("tree is full");
    }
    List<SubtreeHash> finished = new ArrayList<>();
    long index = size;
    int level = 0;
    Hash hash = leafHash;
    finished.add(new SubtreeHash(new Subtree(0, index), hash));
    // While the new node is a right child, its left sibling is the last peak: merge them.
    while ((index & 1) == 1) {
      hash = Hash.nodeHash(peaks.remove(peaks.size() - 1), hash);
      index >>>= 1;
      level++;
      finished.add(new SubtreeHash(new Subtree(level, index), hash));
    }
    peaks.add(hash);
    size++;
    return finished;
  }

  public long size() {
    return size;
  }

  public List<Hash> peaks() {
    return Collections.unmodifiableList(new ArrayList<>(peaks));
  }

  /** The tree head of the current size. */
  public Hash root() {
    return MerkleTree.foldPeaks(peaks);
  }
}
