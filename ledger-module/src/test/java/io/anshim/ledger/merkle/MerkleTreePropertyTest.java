package io.anshim.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated proofs against the RFC 9162 definitions applied naively to the whole leaf list. */
class MerkleTreePropertyTest {

  private static final int MAX_LEAVES = 300;

  private final Random random = new Random(20240611L);
  private final List<Hash> leaves = randomLeaves(MAX_LEAVES);
  private final MerkleTree tree = MerkleTree.ofLeafHashes(leaves);

  @Test
  void rootOfEverySizeEqualsTheNaiveRoot() {
    for (int size = 0; size <= MAX_LEAVES; size++) {
      assertEquals(naiveRoot(leaves.subList(0, size)), tree.root(size), "size " + size);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 8, 9, 31, 64, 100, 127, 255, 256, 257, 300})
  void everyInclusionProofEqualsTheNaivePathAndVerifies(int size) {
    Hash root = naiveRoot(leaves.subList(0, size));
    for (int index = 0; index < size; index++) {
      InclusionProof proof = tree.inclusionProof(index, size);
      assertEquals(naivePath(index, leaves.subList(0, size)), proof.path(), "leaf " + index);
      int leaf = index;
      assertDoesNotThrow(() -> proof.verify(leaves.get(leaf), root), "leaf " + index);
    }
  }

  @Test
  void randomConsistencyProofsEqualTheNaiveSubproofAndVerify() {
    for (int i = 0; i < 2000; i++) {
      int newSize = 1 + random.nextInt(MAX_LEAVES);
      int oldSize = 1 + random.nextInt(newSize);
      ConsistencyProof proof = tree.consistencyProof(oldSize, newSize);
      assertEquals(
          naiveSubproof(oldSize, leaves.subList(0, newSize), true),
          proof.path(),
          oldSize + " -> " + newSize);
      assertTrue(
          proof.isValid(
              naiveRoot(leaves.subList(0, oldSize)), naiveRoot(leaves.subList(0, newSize))),
          oldSize + " -> " + newSize);
    }
  }

  @Test
  void everyConsistencyProofOfASmallTreeVerifies() {
    for (int newSize = 1; newSize <= 70; newSize++) {
      Hash newRoot = tree.root(newSize);
      for (int oldSize = 1; oldSize <= newSize; oldSize++) {
        assertTrue(
            tree.consistencyProof(oldSize, newSize).isValid(tree.root(oldSize), newRoot),
            oldSize + " -> " + newSize);
      }
    }
  }

  @Test
  void aTamperedLeafOrProofElementFailsInclusion() {
    int size = 213;
    Hash root = tree.root(size);
    for (int index = 0; index < size; index += 7) {
      InclusionProof proof = tree.inclusionProof(index, size);
      assertFalse(proof.isValid(flipBit(leaves.get(index)), root), "tampered leaf " + index);
      assertFalse(proof.isValid(leaves.get(index == 0 ? 1 : 0), root), "other leaf at " + index);
      for (int element = 0; element < proof.path().size(); element++) {
        List<Hash> path = new ArrayList<>(proof.path());
        path.set(element, flipBit(path.get(element)));
        assertFalse(
            new InclusionProof(index, size, path).isValid(leaves.get(index), root),
            "tampered element " + element + " of leaf " + index);
      }
      assertFalse(
          new InclusionProof(index + 1, size, proof.path()).isValid(leaves.get(index), root));
      assertFalse(proof.isValid(leaves.get(index), flipBit(root)));
    }
  }

  @Test
  void aTamperedProofElementOrRootFailsConsistency() {
    for (int i = 0; i < 200; i++) {
      int newSize = 2 + random.nextInt(MAX_LEAVES - 1);
      int oldSize = 1 + random.nextInt(newSize - 1);
      ConsistencyProof proof = tree.consistencyProof(oldSize, newSize);
      Hash oldRoot = tree.root(oldSize);
      Hash newRoot = tree.root(newSize);
      assertFalse(proof.isValid(flipBit(oldRoot), newRoot));
      assertFalse(proof.isValid(oldRoot, flipBit(newRoot)));
      for (int element = 0; element < proof.path().size(); element++) {
        List<Hash> path = new ArrayList<>(proof.path());
        path.set(element, flipBit(path.get(element)));
        assertFalse(
            new ConsistencyProof(oldSize, newSize, path).isValid(oldRoot, newRoot),
            oldSize + " -> " + newSize + " element " + element);
      }
    }
  }

  @Test
  void proofsReadOnlyLogarithmicallyManySubtreesInOneBatch() {
    CountingSource source = new CountingSource(InMemorySubtreeStore.of(randomLeaves(5000)));
    MerkleTree counted = new MerkleTree(source);
    for (int i = 0; i < 300; i++) {
      long newSize = 1 + random.nextInt(5000);
      long oldSize = 1 + random.nextInt((int) newSize);
      long index = random.nextInt((int) newSize);
      int bound = 2 * (64 - Long.numberOfLeadingZeros(newSize)) + 1;
      for (Runnable call :
          List.<Runnable>of(
              () -> counted.root(newSize),
              () -> counted.inclusionProof(index, newSize),
              () -> counted.consistencyProof(oldSize, newSize))) {
        source.reads = 0;
        source.batches = 0;
        call.run();
        assertTrue(source.reads <= bound, source.reads + " reads for size " + newSize);
        assertEquals(1, source.batches);
      }
    }
  }

  @Test
  void proofRequestsOutsideTheTreeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> tree.root(MAX_LEAVES + 1));
    assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(5, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(0, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(6, 5));
    assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(1, MAX_LEAVES + 1));
  }

  // --- RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1, word for word ---

  static Hash naiveRoot(List<Hash> d) {
    int n = d.size();
    if (n == 0) {
      return Hash.EMPTY_TREE;
    }
    if (n == 1) {
      return d.get(0);
    }
    int k = largestPowerOfTwoBelow(n);
    return Hash.nodeHash(naiveRoot(d.subList(0, k)), naiveRoot(d.subList(k, n)));
  }

  static List<Hash> naivePath(int m, List<Hash> d) {
    int n = d.size();
    List<Hash> path = new ArrayList<>();
    if (n == 1) {
      return path;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m < k) {
      path.addAll(naivePath(m, d.subList(0, k)));
      path.add(naiveRoot(d.subList(k, n)));
    } else {
      path.addAll(naivePath(m - k, d.subList(k, n)));
      path.add(naiveRoot(d.subList(0, k)));
    }
    return path;
  }

  static List<Hash> naiveSubproof(int m, List<Hash> d, boolean b) {
    int n = d.size();
    List<Hash> proof = new ArrayList<>();
    if (m == n) {
      if (!b) {
        proof.add(naiveRoot(d));
      }
      return proof;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      proof.addAll(naiveSubproof(m, d.subList(0, k), b));
      proof.add(naiveRoot(d.subList(k, n)));
    } else {
      proof.addAll(naiveSubproof(m - k, d.subList(k, n), false));
      proof.add(naiveRoot(d.subList(0, k)));
    }
    return proof;
  }

  private static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }

  private List<Hash> randomLeaves(int count) {
    List<Hash> hashes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] input = new byte[random.nextInt(40)];
      random.nextBytes(input);
      hashes.add(Hash.leafHash(input));
    }
    return hashes;
  }

  private Hash flipBit(Hash hash) {
    byte[] bytes = hash.bytes();
    int bit = random.nextInt(256);
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    return Hash.of(bytes);
  }

  private static final class CountingSource implements SubtreeHashSource {

    private final SubtreeHashSource delegate;
    int reads;
    int batches;

    CountingSource(SubtreeHashSource delegate) {
      this.delegate = delegate;
    }

    @Override
    public long size() {
      return delegate.size();
    }

    @Override
    public Hash hash(Subtree subtree) {
      throw new AssertionError("MerkleTree should read in batches");
    }

    @Override
    public List<Hash> hashes(List<Subtree> subtrees) {
      batches++;
      reads += subtrees.size();
      return delegate.hashes(subtrees);
    }
  }
}
