package io.anshim.ledger.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9162 consistency proof between an old and a new tree size (unsigned 64-bit values).
 * Following transparency-dev, an old size of zero is rejected: the empty tree is a prefix of
 * everything, so such a proof proves nothing and is more likely a client bug.
 */
public record ConsistencyProof(long oldSize, long newSize, List<Hash> path) {

  public ConsistencyProof {
    Objects.requireNonNull(path, "path");
    path = List.copyOf(path);
  }

  /** The number of hashes a proof for 0 &lt; oldSize &lt; newSize has. */
  public static int expectedLength(long oldSize, long newSize) {
    // The audit path of the old tree's last leaf in the new tree, without the levels inside the old
    // tree's last peak (2^shift leaves), plus that peak's hash unless it is the whole old tree.
    long lastOldLeaf = oldSize - 1;
    int shift = Long.numberOfTrailingZeros(oldSize);
    int inner = 64 - Long.numberOfLeadingZeros(lastOldLeaf ^ (newSize - 1));
    int border = inner == 64 ? 0 : Long.bitCount(lastOldLeaf >>> inner);
    int seed = oldSize == (1L << shift) ? 0 : 1;
    return seed + (inner - shift) + border;
  }

  /**
   * Verifies a proof as received from outside, with hashes as raw bytes. As in transparency-dev,
   * equal sizes only need an empty proof and byte-identical roots; otherwise any value that is not
   * exactly 32 bytes makes the proof invalid.
   */
  public static void verify(
      long oldSize, long newSize, List<byte[]> path, byte[] oldRoot, byte[] newRoot)
      throws InvalidProofException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(oldRoot, "oldRoot");
    Objects.requireNonNull(newRoot, "newRoot");
    if (oldSize == newSize && oldSize != 0 && path.isEmpty()) {
      if (!Arrays.equals(oldRoot, newRoot)) {
        throw new InvalidProofException("sizes are equal but the roots differ");
      }
      return;
    }
    Hash old = InclusionProof.received("old root", oldRoot);
    Hash current = InclusionProof.received("new root", newRoot);
    new ConsistencyProof(oldSize, newSize, InclusionProof.received(path)).verify(old, current);
  }

  /**
   * Verifies that the tree with {@code newRoot} extends the tree with {@code oldRoot} (RFC 9162
   * §2.1.4.2).
   */
  public void verify(Hash oldRoot, Hash newRoot) throws InvalidProofException {
    Objects.requireNonNull(oldRoot, "oldRoot");
    Objects.requireNonNull(newRoot, "newRoot");
    if (Long.compareUnsigned(oldSize, newSize) > 0) {
      throw new InvalidProofException(
          "old size "
              + Long.toUnsignedString(oldSize)
              + " is larger than new size "
              + Long.toUnsignedString(newSize));
    }
    if (oldSize == 0) {
      throw new InvalidProofException(
          "old size is 0: consistency with the empty tree proves nothing");
    }
    if (oldSize == newSize) {
      if (!path.isEmpty()) {
        throw new InvalidProofException(
            "sizes are equal, so the proof must be empty; it has " + path.size() + " hashes");
      }
      if (!oldRoot.equals(newRoot)) {
        throw new InvalidProofException("sizes are equal but the roots differ");
      }
      return;
    }
    if (path.isEmpty()) {
      throw new InvalidProofException("proof is empty");
    }
    int expected = expectedLength(oldSize, newSize);
    if (path.size() != expected) {
      throw new InvalidProofException("proof has " + path.size() + " hashes, expected " + expected);
    }

    List<Hash> nodes = new ArrayList<>(path.size() + 1);
    if (Long.bitCount(oldSize) == 1) {
      // The old tree is one complete subtree of the new one, so its root is the first node.
      nodes.add(oldRoot);
    }
    nodes.addAll(path);
    long fn = oldSize - 1;
    long sn = newSize - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    Hash fr = nodes.get(0);
    Hash sr = nodes.get(0);
    for (Hash c : nodes.subList(1, nodes.size())) {
      if (sn == 0) {
        throw new InvalidProofException("proof is longer than the path to the new root");
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = Hash.nodeHash(c, fr);
        sr = Hash.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        sr = Hash.nodeHash(sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new InvalidProofException("proof does not reach the root of a tree of the new size");
    }
    if (!fr.equals(oldRoot)) {
      throw new InvalidProofException(
          "computed old root " + fr + " does not match old root " + oldRoot);
    }
    if (!sr.equals(newRoot)) {
      throw new InvalidProofException(
          "computed new root " + sr + " does not match new root " + newRoot);
    }
  }

  public boolean isValid(Hash oldRoot, Hash newRoot) {
    try {
      verify(oldRoot, newRoot);
      return true;
    } catch (InvalidProofException e) {
      return false;
    }
  }
}
