package io.anshim.ledger.audit;

import io.anshim.ledger.merkle.CompactRange;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.SubtreeHash;
import io.anshim.ledger.note.Checkpoint;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recomputes a log from its entries, in order, and checks every checkpoint's root when the replay
 * reaches its size. Used by the server's own audit (which also compares the stored subtree hashes
 * that {@link #replay} returns) and by the offline auditor over HTTP.
 */
public final class LogReplay {

  private final CompactRange edge = CompactRange.empty();
  private final NavigableMap<Long, Checkpoint> checkpoints = new TreeMap<>();
  private long lastMatchedSize;
  private int checkpointsChecked;
  private Divergence first;

  /**
   * @param checkpoints checkpoints whose signatures the caller has already verified
   */
  public LogReplay(List<Checkpoint> checkpoints) {
    Objects.requireNonNull(checkpoints, "checkpoints");
    for (Checkpoint checkpoint : checkpoints) {
      Checkpoint earlier = this.checkpoints.put(checkpoint.size(), checkpoint);
      if (earlier != null && !earlier.root().equals(checkpoint.root())) {
        diverged(
            checkpoint.size() == 0 ? 0 : checkpoint.size() - 1,
            "two checkpoints of size "
                + checkpoint.size()
                + " have different roots (a split view)");
      }
    }
    checkCheckpointAt(0);
  }

  /** Appends the next entry and returns the subtrees it finishes, leaf first, as recomputed. */
  public List<SubtreeHash> replay(long index, byte[] leafData) {
    if (index != edge.size()) {
      throw new IllegalArgumentException("expected entry " + edge.size() + ", got " + index);
    }
    List<SubtreeHash> finished = edge.append(Hash.leafHash(leafData));
    checkCheckpointAt(edge.size());
    return finished;
  }

  private void checkCheckpointAt(long size) {
    Checkpoint checkpoint = checkpoints.get(size);
    if (checkpoint == null) {
      return;
    }
    checkpointsChecked++;
    Hash root = size == 0 ? Hash.EMPTY_TREE : edge.root();
    if (root.equals(checkpoint.root())) {
      lastMatchedSize = size;
    } else {
      // named by its last entry: an exact check of entries (subtree hashes, proofs) can only name
      // one
      // at or before it
      diverged(
          size - 1,
          "the root recomputed from entries [0, "
              + size
              + ") is "
              + root.hex()
              + " but the signed checkpoint of size "
              + size
              + " says "
              + checkpoint.root().hex()
              + "; the change lies in entries ["
              + lastMatchedSize
              + ", "
              + size
              + ")");
    }
  }

  /** Records a divergence; the one with the smallest index is kept. */
  public void diverged(long index, String finding) {
    if (first == null || index < first.index()) {
      first = new Divergence(index, finding);
    }
  }

  /** Call after the last entry: a checkpoint larger than the log means entries are missing. */
  public void finish() {
    Map.Entry<Long, Checkpoint> beyond = checkpoints.higherEntry(edge.size());
    if (beyond != null) {
      diverged(
          edge.size(),
          "checkpoint of size "
              + beyond.getKey()
              + " but the log has only "
              + edge.size()
              + " entries");
    }
  }

  public long size() {
    return edge.size();
  }

  public Hash root() {
    return edge.root();
  }

  public int checkpointsChecked() {
    return checkpointsChecked;
  }

  public Optional<Divergence> firstDivergence() {
    return Optional.ofNullable(first);
  }
}
