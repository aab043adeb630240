package io.anshim.ledger.store;

import static io.anshim.ledger.store.H2Ledger.ORIGIN;
import static io.anshim.ledger.store.H2Ledger.SIGNER;
import static io.anshim.ledger.store.H2Ledger.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.SignatureType;
import io.anshim.ledger.note.SignerKey;
import io.anshim.ledger.note.WitnessSigner;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An idle log signs its newest tree head again with a fresh timestamp, on a real database. */
class LedgerResigningTest {

  @TempDir Path directory;

  @Test
  void theNewestCheckpointIsReSignedWithATimestampAtTheSameSizeAndRoot() throws Exception {
    try (H2Ledger ledger = H2Ledger.open(H2Ledger.createDatabase(directory))) {
      ledger.append(entries(0, 5));
      LedgerCheckpoint before = ledger.inTransaction(s -> s.latestCheckpoint().orElseThrow());
      Instant later = before.createdAt().plusSeconds(600);

      Optional<LedgerCheckpoint> resigned =
          ledger.inTransaction(
              store -> store.resignNewest(SIGNER, ORIGIN, later, later.minusSeconds(60)));

      assertTrue(resigned.isPresent());
      Checkpoint fresh = H2Ledger.verified(resigned.get()); // signed by the log's key
      assertEquals(5, fresh.size());
      assertEquals(before.root(), fresh.root());
      assertEquals(List.of("timestamp " + later.getEpochSecond()), fresh.extensions());
      assertNotEquals(before.signedNote(), resigned.get().signedNote());
      assertEquals(later, resigned.get().createdAt());
      assertEquals(1, ledger.count("ledger_checkpoint") - countBelow(ledger, 5));
      ledger.assertIntactAndProvable(); // proofs, consistency and the audit accept it
    }
  }

  @Test
  void aCheckpointSignedWithinTheIntervalIsLeftAlone() throws Exception {
    try (H2Ledger ledger = H2Ledger.open(H2Ledger.createDatabase(directory))) {
      ledger.append(entries(0, 2));
      LedgerCheckpoint before = ledger.inTransaction(s -> s.latestCheckpoint().orElseThrow());

      Optional<LedgerCheckpoint> resigned =
          ledger.inTransaction(
              store ->
                  store.resignNewest(
                      SIGNER, ORIGIN, before.createdAt().plusSeconds(30), before.createdAt()));

      assertTrue(resigned.isEmpty(), "a batch signed it no earlier than the cut-off");
      assertEquals(
          before.signedNote(),
          ledger.inTransaction(s -> s.latestCheckpoint().orElseThrow().signedNote()));
    }
  }

  @Test
  void cosignaturesOfTheReplacedNoteAreDroppedAndTheLogGrowsOnAfterwards() throws Exception {
    try (H2Ledger ledger = H2Ledger.open(H2Ledger.createDatabase(directory))) {
      ledger.append(entries(0, 3));
      WitnessSigner witness =
          new WitnessSigner(
              SignerKey.generate("w1.example", SignatureType.COSIGNATURE_V1, new SecureRandom()));
      LedgerCheckpoint before = ledger.inTransaction(s -> s.latestCheckpoint().orElseThrow());
      Checkpoint body = Checkpoint.parse(before.body());
      ledger.inTransaction(
          s ->
              s.addCosignature(
                  3, witness.cosign(body, before.createdAt().getEpochSecond()), Instant.now()));
      Instant later = before.createdAt().plusSeconds(600);

      ledger.inTransaction(s -> s.resignNewest(SIGNER, ORIGIN, later, later));

      assertEquals(0, ledger.count("ledger_cosignature"), "they cosigned the old body");
      ledger.append(entries(3, 4));
      assertEquals(7, ledger.assertIntactAndProvable().size());
    }
  }

  private static long countBelow(H2Ledger ledger, long size) throws Exception {
    return ledger.inTransaction(
        s -> s.checkpoints(0, Integer.MAX_VALUE).stream().filter(c -> c.treeSize() < size).count());
  }
}
