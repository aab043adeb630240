package io.anshim.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.anshim.ledger.TestVectors;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** rfc6962-tree8.json, inclusion-proofs-tree8.json and consistency-proofs-tree8.json. */
class MerkleTreeVectorsTest {

  private static final JsonNode TREE = TestVectors.load("rfc6962-tree8.json");
  private static final MerkleTree TREE8 = MerkleTree.ofLeafHashes(TestVectors.tree8LeafHashes());

  @TestFactory
  Stream<DynamicTest> rootOfEverySizeMatchesTheVectors() {
    return IntStream.rangeClosed(0, 8)
        .mapToObj(
            size ->
                dynamicTest(
                    "root of size " + size,
                    () ->
                        assertEquals(
                            TestVectors.hash(
                                TREE.get("rootHashByTreeSizeHex").get(String.valueOf(size))),
                            TREE8.root(size))));
  }

  @Test
  void everyStoredCompleteSubtreeMatchesTheNodeHashesByLevel() {
    InMemorySubtreeStore store = InMemorySubtreeStore.of(TestVectors.tree8LeafHashes());
    JsonNode levels = TREE.get("nodeHashesByLevelHex");
    for (int level = 0; level < levels.size(); level++) {
      for (int index = 0; index < levels.get(level).size(); index++) {
        assertEquals(
            TestVectors.hash(levels.get(level).get(index)),
            store.hash(new Subtree(level, index)),
            "level " + level + " index " + index);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> store.hash(new Subtree(4, 0)));
    assertThrows(IllegalArgumentException.class, () -> store.hash(new Subtree(0, 8)));
  }

  @Test
  void compactRangeRootOfTheStoreMatchesTheTreeRoot() {
    InMemorySubtreeStore store = new InMemorySubtreeStore();
    for (Hash leaf : TestVectors.tree8LeafHashes()) {
      store.append(leaf);
      assertEquals(new MerkleTree(store).root(), store.root());
    }
  }

  @TestFactory
  Stream<DynamicTest> inclusionProofOfEveryLeafMatchesTheVectors() {
    return vectors("inclusion-proofs-tree8.json")
        .map(
            v -> {
              long index = v.get("leafIndex").asLong();
              long size = v.get("treeSize").asLong();
              return dynamicTest(
                  "leaf " + index + " of " + size + " (" + v.get("origin").asText() + ")",
                  () -> {
                    Hash leaf = Hash.leafHash(TestVectors.bytes(v.get("leafInputHex")));
                    assertEquals(TestVectors.hash(v.get("leafHashHex")), leaf);
                    List<Hash> expected = TestVectors.hashes(v.get("proofHex"));
                    InclusionProof proof = TREE8.inclusionProof(index, size);
                    assertEquals(expected, proof.path());
                    assertEquals(expected.size(), InclusionProof.expectedLength(index, size));
                    new InclusionProof(index, size, expected)
                        .verify(leaf, TestVectors.hash(v.get("rootHex")));
                  });
            });
  }

  @TestFactory
  Stream<DynamicTest> consistencyProofOfEveryPairOfSizesMatchesTheVectors() {
    return vectors("consistency-proofs-tree8.json")
        .map(
            v -> {
              long size1 = v.get("size1").asLong();
              long size2 = v.get("size2").asLong();
              return dynamicTest(
                  size1 + " -> " + size2 + " (" + v.get("origin").asText() + ")",
                  () -> {
                    List<Hash> expected = TestVectors.hashes(v.get("proofHex"));
                    assertEquals(expected, TREE8.consistencyProof(size1, size2).path());
                    new ConsistencyProof(size1, size2, expected)
                        .verify(
                            TestVectors.hash(v.get("root1Hex")),
                            TestVectors.hash(v.get("root2Hex")));
                  });
            });
  }

  @Test
  void theVectorFilesHoldAllPairs() {
    assertEquals(36, vectors("inclusion-proofs-tree8.json").count());
    assertEquals(36, vectors("consistency-proofs-tree8.json").count());
  }

  private static Stream<JsonNode> vectors(String file) {
    return StreamSupport.stream(TestVectors.load(file).get("vectors").spliterator(), false);
  }
}
