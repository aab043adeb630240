package io.anshim.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.anshim.ledger.TestVectors;
import org.junit.jupiter.api.Test;

class HashTest {

  @Test
  void emptyTreeRootIsSha256OfNothing() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hash.EMPTY_TREE.hex());
  }

  @Test
  void leafHashesMatchTheVectors() {
    JsonNode tree = TestVectors.load("rfc6962-tree8.json");
    for (int i = 0; i < 8; i++) {
      assertEquals(
          TestVectors.hash(tree.get("leafHashesHex").get(i)),
          Hash.leafHash(TestVectors.bytes(tree.get("leafInputsHex").get(i))));
    }
  }

  @Test
  void nodeHashOfTheFirstTwoLeavesIsTheRootOfSizeTwo() {
    JsonNode tree = TestVectors.load("rfc6962-tree8.json");
    Hash left = TestVectors.hash(tree.get("leafHashesHex").get(0));
    Hash right = TestVectors.hash(tree.get("leafHashesHex").get(1));
    assertEquals(
        TestVectors.hash(tree.get("rootHashByTreeSizeHex").get("2")), Hash.nodeHash(left, right));
  }

  @Test
  void hexRoundTripsAndAcceptsUpperCase() {
    Hash hash = Hash.leafHash(new byte[] {1, 2, 3});
    assertEquals(hash, Hash.fromHex(hash.hex()));
    assertEquals(hash, Hash.fromHex(hash.hex().toUpperCase()));
    assertEquals(hash.hashCode(), Hash.fromHex(hash.hex()).hashCode());
    assertNotEquals(hash, Hash.EMPTY_TREE);
  }

  @Test
  void onlyExactly32BytesAreAHash() {
    assertThrows(IllegalArgumentException.class, () -> Hash.of(new byte[31]));
    assertThrows(IllegalArgumentException.class, () -> Hash.of(new byte[33]));
    assertThrows(IllegalArgumentException.class, () -> Hash.fromHex("abc"));
    assertThrows(IllegalArgumentException.class, () -> Hash.fromHex("zz".repeat(32)));
  }

  @Test
  void bytesAreDefensivelyCopied() {
    byte[] raw = new byte[32];
    Hash hash = Hash.of(raw);
    raw[0] = 1;
    hash.bytes()[1] = 1;
    assertEquals(Hash.of(new byte[32]), hash);
  }

  @Test
  void matchesComparesRawBytes() {
    Hash hash = Hash.leafHash(new byte[0]);
    assertTrue(hash.matches(hash.bytes()));
    assertFalse(hash.matches(new byte[32]));
    assertFalse(hash.matches(null));
  }
}
