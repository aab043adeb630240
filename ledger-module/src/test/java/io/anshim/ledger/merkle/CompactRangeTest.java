package io.anshim.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactRangeTest {

  @Test
  void appendingReturnsEveryCompleteSubtreeTheLeafFinishes() {
    CompactRange range = CompactRange.empty();
    for (int i = 0; i < 7; i++) {
      range.append(leaf(i));
    }
    List<SubtreeHash> finished = range.append(leaf(7));
    assertEquals(
        List.of(new Subtree(0, 7), new Subtree(1, 3), new Subtree(2, 1), new Subtree(3, 0)),
        finished.stream().map(SubtreeHash::subtree).toList());
    assertEquals(MerkleTreePropertyTest.naiveRoot(leaves(8)), finished.get(3).hash());
  }

  @Test
  void peaksOfASizeAreItsBinaryDecomposition() {
    assertEquals(List.of(), CompactRange.peaksOf(0));
    assertEquals(List.of(new Subtree(2, 0), new Subtree(0, 4)), CompactRange.peaksOf(5));
    assertEquals(
        List.of(new Subtree(3, 0), new Subtree(2, 2), new Subtree(1, 6), new Subtree(0, 14)),
        CompactRange.peaksOf(15));
  }

  /**
   * What a database-backed log does: persist finished subtrees, later resume from the stored peaks.
   */
  @Test
  void aRangeResumedFromPersistedSubtreesContinuesTheSameTree() {
    Map<Subtree, Hash> persisted = new HashMap<>();
    CompactRange writer = CompactRange.empty();
    for (int i = 0; i < 77; i++) {
      writer.append(leaf(i)).forEach(s -> persisted.put(s.subtree(), s.hash()));
    }
    assertEquals(2 * 77 - Long.bitCount(77), persisted.size());
    SubtreeHashSource source =
        new SubtreeHashSource() {
          @Override
          public long size() {
            return 77;
          }

          @Override
          public Hash hash(Subtree subtree) {
            return persisted.get(subtree);
          }
        };
    CompactRange resumed = CompactRange.load(source, 77);
    assertEquals(writer.root(), resumed.root());
    for (int i = 77; i < 100; i++) {
      resumed.append(leaf(i));
    }
    assertEquals(MerkleTreePropertyTest.naiveRoot(leaves(100)), resumed.root());
    assertEquals(MerkleTreePropertyTest.naiveRoot(leaves(50)), new MerkleTree(source).root(50));
  }

  @Test
  void resumingNeedsOnePeakPerSetBitOfTheSize() {
    assertThrows(IllegalArgumentException.class, () -> CompactRange.of(5, List.of(leaf(0))));
    assertThrows(IllegalArgumentException.class, () -> CompactRange.of(-1, List.of()));
    assertEquals(Hash.EMPTY_TREE, CompactRange.of(0, List.of()).root());
  }

  @Test
  void subtreeAddressesAreAligned() {
    Subtree subtree = Subtree.startingAt(8, 2);
    assertEquals(new Subtree(2, 2), subtree);
    assertEquals(12, subtree.end());
    assertEquals(new Subtree(1, 4), subtree.leftChild());
    assertEquals(new Subtree(1, 5), subtree.rightChild());
    assertThrows(IllegalArgumentException.class, () -> Subtree.startingAt(6, 2));
    assertThrows(IllegalArgumentException.class, () -> new Subtree(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> new Subtree(0, -1));
    assertThrows(IllegalStateException.class, () -> new Subtree(0, 3).leftChild());
  }

  private static Hash leaf(int i) {
    return Hash.leafHash(new byte[] {(byte) i, (byte) (i >> 8)});
  }

  private static List<Hash> leaves(int count) {
    List<Hash> leaves = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaves.add(leaf(i));
    }
    return leaves;
  }
}
