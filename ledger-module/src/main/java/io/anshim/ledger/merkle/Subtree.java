package io.anshim.ledger.merkle;

/**
 * A complete (perfect) subtree of the log: the 2^level leaves [index·2^level, (index+1)·2^level).
 * Level 0 subtrees are single leaves. This is the address under which a store keeps interior
 * hashes.
 */
public record Subtree(int level, long index) {

  /** Levels beyond 62 cannot start at a non-negative long offset. */
  public static final int MAX_LEVEL = 62;

  public Subtree {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("level must be in [0, " + MAX_LEVEL + "], got " + level);
    }
    if (index < 0 || index > (Long.MAX_VALUE >> level)) {
      throw new IllegalArgumentException("index out of range for level " + level + ": " + index);
    }
  }

  /** The subtree [start, start + 2^level); start must be a multiple of 2^level. */
  public static Subtree startingAt(long start, int level) {
    Subtree subtree = new Subtree(level, start >> level);
    if (subtree.start() != start) {
      throw new IllegalArgumentException(start + " is not aligned to 2^" + level);
    }
    return subtree;
  }

  public long start() {
    return index << level;
  }

  public long leafCount() {
    return 1L << level;
  }

  /** Exclusive end. */
  public long end() {
    return start() + leafCount();
  }

  public Subtree leftChild() {
    requireInterior();
    return new Subtree(level - 1, index * 2);
  }

  public Subtree rightChild() {
    requireInterior();
    return new Subtree(level - 1, index * 2 + 1);
  }

  private void requireInterior() {
    if (level == 0) {
      throw new IllegalStateException("a leaf has no children");
    }
  }
}
