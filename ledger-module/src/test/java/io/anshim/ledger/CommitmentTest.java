package io.anshim.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.merkle.Hash;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CommitmentTest {

  private static final byte[] SALT =
      HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  private static final byte[] RECORD = "{\"certificate\":\"C-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void leafDataIsHmacOfKindTagAndRecordKeyedWithTheSalt() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SALT, "HmacSHA256"));
    mac.update((byte) 1);
    byte[] expected = mac.doFinal(RECORD);
    Commitment commitment = Commitment.of(EntryKind.CERTIFICATE_ISSUED, SALT, RECORD);
    assertArrayEquals(expected, commitment.leafData());
    assertEquals(32, commitment.leafData().length);
    assertEquals(Hash.leafHash(expected), commitment.leafHash());
  }

  @Test
  void theRecordWithItsKindAndSaltMatchesItsLeaf() {
    byte[] leaf = Commitment.of(EntryKind.VENUE_QR_ISSUED, SALT, RECORD).leafData();
    assertTrue(Commitment.matches(leaf, EntryKind.VENUE_QR_ISSUED, SALT, RECORD));
    assertFalse(Commitment.matches(leaf, EntryKind.VENUE_QR_REVOKED, SALT, RECORD));
    byte[] otherSalt = SALT.clone();
    otherSalt[0] ^= 1;
    assertFalse(Commitment.matches(leaf, EntryKind.VENUE_QR_ISSUED, otherSalt, RECORD));
    byte[] otherRecord = Arrays.copyOf(RECORD, RECORD.length + 1);
    assertFalse(Commitment.matches(leaf, EntryKind.VENUE_QR_ISSUED, SALT, otherRecord));
    assertFalse(Commitment.matches(null, EntryKind.VENUE_QR_ISSUED, SALT, RECORD));
  }

  @Test
  void everyKindCommitsDifferentlyToTheSameRecord() {
    Set<Commitment> commitments = new HashSet<>();
    Set<Hash> leaves = new HashSet<>();
    for (EntryKind kind : EntryKind.values()) {
      Commitment commitment = Commitment.of(kind, SALT, RECORD);
      commitments.add(commitment);
      leaves.add(commitment.leafHash());
      assertEquals(kind, EntryKind.ofTag(kind.tag()));
    }
    assertEquals(EntryKind.values().length, leaves.size());
    assertEquals(EntryKind.values().length, commitments.size());
  }

  @Test
  void freshSaltsAre32RandomBytes() {
    SecureRandom random = new SecureRandom();
    byte[] first = Commitment.newSalt(random);
    assertEquals(Commitment.SALT_SIZE, first.length);
    assertFalse(Arrays.equals(first, Commitment.newSalt(random)));
    assertNotEquals(
        Commitment.of(EntryKind.ERASURE, first, RECORD),
        Commitment.of(EntryKind.ERASURE, Commitment.newSalt(random), RECORD));
  }

  @Test
  void saltMustBe32Bytes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Commitment.of(EntryKind.ERASURE, new byte[16], RECORD));
    assertThrows(IllegalArgumentException.class, () -> EntryKind.ofTag((byte) 0));
  }
}
