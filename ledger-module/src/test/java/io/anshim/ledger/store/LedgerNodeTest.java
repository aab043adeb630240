package io.anshim.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.merkle.Subtree;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerNodeTest {

  @Test
  void everySubtreeHasItsOwnNumberAndComesBackFromIt() {
    Set<Long> seen = new HashSet<>();
    for (int level = 0; level < 12; level++) {
      for (long index = 0; index < (4096 >> level); index++) {
        Subtree subtree = new Subtree(level, index);
        long id = LedgerNode.idOf(subtree);
        assertTrue(seen.add(id), "unique: " + subtree);
        assertEquals(subtree, LedgerNode.subtreeOf(id));
      }
    }
    assertEquals(0, LedgerNode.idOf(new Subtree(0, 0)));
    assertEquals(1, LedgerNode.idOf(new Subtree(1, 0)));
    assertEquals(3, LedgerNode.idOf(new Subtree(2, 0)));
  }

  @Test
  void discardingBeyondASizeHitsExactlyTheSubtreesNotCompleteWithinIt() {
    for (long size = 0; size <= 70; size++) {
      List<Long> straddling = LedgerNode.straddling(size);
      for (int level = 0; level < 8; level++) {
        for (long index = 0; index < (128 >> level); index++) {
          Subtree subtree = new Subtree(level, index);
          long id = LedgerNode.idOf(subtree);
          boolean discarded = id >= LedgerNode.firstIdBeyond(size) || straddling.contains(id);
          assertEquals(subtree.end() > size, discarded, "size " + size + ", " + subtree);
        }
      }
    }
  }
}
