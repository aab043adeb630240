package io.anshim.ledger.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.MerkleTree;
import io.anshim.ledger.note.Checkpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogReplayTest {

  private static byte[] data(int i) {
    byte[] data = new byte[32];
    data[31] = (byte) i;
    return data;
  }

  private static Checkpoint checkpointOf(int size) {
    List<Hash> leaves = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      leaves.add(Hash.leafHash(data(i)));
    }
    return new Checkpoint("test.example/log", size, MerkleTree.ofLeafHashes(leaves).root());
  }

  @Test
  void anHonestLogMatchesEveryCheckpoint() {
    LogReplay replay = new LogReplay(List.of(checkpointOf(0), checkpointOf(3), checkpointOf(10)));
    for (int i = 0; i < 10; i++) {
      replay.replay(i, data(i));
    }
    replay.finish();
    assertTrue(replay.firstDivergence().isEmpty());
    assertEquals(3, replay.checkpointsChecked());
  }

  @Test
  void aChangedEntryIsPlacedBetweenTheLastMatchingCheckpointAndTheFirstFailingOne() {
    LogReplay replay = new LogReplay(List.of(checkpointOf(3), checkpointOf(6), checkpointOf(10)));
    for (int i = 0; i < 10; i++) {
      replay.replay(i, i == 4 ? data(99) : data(i));
    }
    Divergence divergence = replay.firstDivergence().orElseThrow();
    assertEquals(5, divergence.index(), "the last entry of the first checkpoint that fails");
    assertTrue(divergence.finding().contains("entries [3, 6)"), divergence.finding());
  }

  @Test
  void aCheckpointBeyondTheEntriesMeansEntriesAreMissing() {
    LogReplay replay = new LogReplay(List.of(checkpointOf(4)));
    replay.replay(0, data(0));
    replay.finish();
    assertEquals(1, replay.firstDivergence().orElseThrow().index());
  }
}
