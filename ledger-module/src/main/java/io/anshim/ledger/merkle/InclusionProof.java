package io.anshim.ledger.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 9162 inclusion proof (audit path, deepest sibling first). Index and size are unsigned
 * 64-bit values, so a proof received from elsewhere can be represented and rejected faithfully.
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> path) {

  public InclusionProof {
    Objects.requireNonNull(path, "path");
    path = List.copyOf(path);
  }

  /**
   * The number of hashes a proof for (leafIndex, treeSize) has; requires leafIndex &lt; treeSize.
   */
  public static int expectedLength(long leafIndex, long treeSize) {
    int inner = 64 - Long.numberOfLeadingZeros(leafIndex ^ (treeSize - 1));
    int border = inner == 64 ? 0 : Long.bitCount(leafIndex >>> inner);
    return inner + border;
  }

  /**
   * Verifies a proof as received from outside, with hashes as raw bytes: any value that is not
   * exactly 32 bytes makes the proof invalid.
   */
  public static void verify(
      long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root)
      throws InvalidProofException {
    Objects.requireNonNull(path, "path");
    Hash leaf = received("leaf hash", leafHash);
    Hash expectedRoot = received("root", root);
    new InclusionProof(leafIndex, treeSize, received(path)).verify(leaf, expectedRoot);
  }

  static Hash received(String what, byte[] bytes) throws InvalidProofException {
    Objects.requireNonNull(bytes, what);
    if (bytes.length != Hash.SIZE) {
      throw new InvalidProofException(what + " is " + bytes.length + " bytes, not " + Hash.SIZE);
    }
    return Hash.of(bytes);
  }

  static List<Hash> received(List<byte[]> path) throws InvalidProofException {
    List<Hash> hashes = new ArrayList<>(path.size());
    for (byte[] element : path) {
      hashes.add(received("proof element " + hashes.size(), element));
    }
    return hashes;
  }

  /**
   * Verifies that the leaf is at {@link #leafIndex} in the tree with this root (RFC 9162 §2.1.3.2).
   */
  public void verify(Hash leafHash, Hash root) throws InvalidProofException {
    Objects.requireNonNull(root, "root");
    Hash computed = rootFrom(leafHash);
    if (!computed.equals(root)) {
      throw new InvalidProofException("computed root " + computed + " does not match root " + root);
    }
  }

  public boolean isValid(Hash leafHash, Hash root) {
    try {
      verify(leafHash, root);
      return true;
    } catch (InvalidProofException e) {
      return false;
    }
  }

  /** The root implied by this proof and the leaf, after checking the proof's shape. */
  public Hash rootFrom(Hash leafHash) throws InvalidProofException {
    Objects.requireNonNull(leafHash, "leafHash");
    if (Long.compareUnsigned(leafIndex, treeSize) >= 0) {
      throw new InvalidProofException(
          "leaf index "
              + Long.toUnsignedString(leafIndex)
              + " is not below tree size "
              + Long.toUnsignedString(treeSize));
    }
    int expected = expectedLength(leafIndex, treeSize);
    if (path.size() != expected) {
      throw new InvalidProofException("proof has " + path.size() + " hashes, expected " + expected);
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    Hash r = leafHash;
    for (Hash p : path) {
      if (sn == 0) {
        throw new InvalidProofException("proof is longer than the path to the root");
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = Hash.nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        r = Hash.nodeHash(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw new InvalidProofException("proof does not reach the root of a tree of this size");
    }
    return r;
  }
}
