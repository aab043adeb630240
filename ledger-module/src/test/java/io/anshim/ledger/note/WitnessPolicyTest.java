package io.anshim.ledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.merkle.Hash;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WitnessPolicyTest {

  private static final String ORIGIN = "log.anshim.example/ledger";

  private final Random seeds = new Random(7);
  private final NoteSigner log = new NoteSigner(key(ORIGIN, SignatureType.ED25519));
  private final List<WitnessSigner> witnesses =
      List.of(witness("w1.example"), witness("w2.example"), witness("w3.example"));
  private final Checkpoint checkpoint = new Checkpoint(ORIGIN, 42, Hash.leafHash(new byte[] {42}));

  @Test
  void twoOfThreeIsSatisfiedByTwoCosignatures() throws Exception {
    SignedNote note = cosigned(0, 2);
    WitnessPolicy policy = new WitnessPolicy(2, verifiers());
    assertEquals(2, policy.check(note).size());
    assertTrue(policy.isSatisfiedBy(note));
  }

  @Test
  void twoOfThreeIsNotSatisfiedByOneCosignatureOrByTheSameWitnessTwice() throws Exception {
    WitnessPolicy policy = new WitnessPolicy(2, verifiers());
    assertFalse(policy.isSatisfiedBy(cosigned(1)));
    SignedNote twice =
        new SignedNote(
            checkpoint.body(),
            List.of(
                log.sign(checkpoint.body()),
                witnesses.get(1).cosign(checkpoint, 1).toNoteSignature(),
                witnesses.get(1).cosign(checkpoint, 2).toNoteSignature()));
    assertFalse(policy.isSatisfiedBy(twice));
  }

  @Test
  void cosignaturesOfUnconfiguredWitnessesDoNotCount() throws Exception {
    WitnessPolicy policy = new WitnessPolicy(1, verifiers().subList(0, 1));
    assertFalse(policy.isSatisfiedBy(cosigned(1, 2)));
    assertTrue(policy.isSatisfiedBy(cosigned(0)));
  }

  @Test
  void aCosignatureOverAnotherCheckpointFails() throws Exception {
    Checkpoint other = new Checkpoint(ORIGIN, 43, checkpoint.root());
    SignedNote note =
        checkpoint.sign(log).withSignature(witnesses.get(0).cosign(other, 5).toNoteSignature());
    assertThrows(InvalidNoteException.class, () -> new WitnessPolicy(1, verifiers()).check(note));
  }

  @Test
  void aChangedTimestampBreaksTheCosignature() throws Exception {
    Cosignature genuine = witnesses.get(0).cosign(checkpoint, 1_700_000_000L);
    Cosignature moved =
        new Cosignature(
            genuine.witnessName(), genuine.keyId(), genuine.timestamp() + 1, genuine.signature());
    SignedNote note = checkpoint.sign(log).withSignature(moved.toNoteSignature());
    assertFalse(new WitnessPolicy(1, verifiers()).isSatisfiedBy(note));
  }

  @Test
  void theLogKeyIsNotAWitness() throws Exception {
    WitnessPolicy policy = new WitnessPolicy(1, List.of(NoteVerifier.of(log.verifierKey())));
    assertTrue(policy.isSatisfiedBy(checkpoint.sign(log)));
    assertFalse(new WitnessPolicy(1, verifiers()).isSatisfiedBy(checkpoint.sign(log)));
  }

  @Test
  void checkpointVerifierChecksLogSignatureOriginAndPolicy() throws Exception {
    NoteVerifier logKey = NoteVerifier.of(log.verifierKey());
    WitnessPolicy policy = new WitnessPolicy(2, verifiers());
    assertEquals(
        checkpoint, new CheckpointVerifier(ORIGIN, logKey, policy).verify(cosigned(0, 1).format()));
    assertThrows(
        InvalidNoteException.class,
        () -> new CheckpointVerifier(ORIGIN, logKey, policy).verify(cosigned(0).format()));
    assertThrows(
        InvalidNoteException.class,
        () -> new CheckpointVerifier("other.example/log", logKey).verify(cosigned(0).format()));
    NoteVerifier stranger = NoteVerifier.of(key(ORIGIN, SignatureType.ED25519).verifierKey());
    assertThrows(
        InvalidNoteException.class,
        () -> new CheckpointVerifier(ORIGIN, stranger).verify(cosigned(0)));
  }

  @Test
  void thresholdMustBeBetweenOneAndTheNumberOfWitnesses() {
    assertThrows(IllegalArgumentException.class, () -> new WitnessPolicy(0, verifiers()));
    assertThrows(IllegalArgumentException.class, () -> new WitnessPolicy(4, verifiers()));
    List<NoteVerifier> duplicated = new ArrayList<>(verifiers());
    duplicated.add(duplicated.get(0));
    assertThrows(IllegalArgumentException.class, () -> new WitnessPolicy(2, duplicated));
  }

  @Test
  void malformedCosignatureBytesAreRejected() {
    assertThrows(
        InvalidNoteException.class,
        () -> Cosignature.from(new NoteSignature("w", 1, new byte[71])));
    byte[] future = new byte[72];
    future[0] = (byte) 0x80;
    assertThrows(
        InvalidNoteException.class, () -> Cosignature.from(new NoteSignature("w", 1, future)));
  }

  @Test
  void generatedWitnessKeysHaveTheCosignatureType() throws Exception {
    SignerKey key =
        SignerKey.generate("w.example", SignatureType.COSIGNATURE_V1, new SecureRandom());
    VerifierKey vkey = VerifierKey.parse(key.verifierKey().encoded());
    assertEquals(SignatureType.COSIGNATURE_V1, vkey.type());
    assertTrue(NoteVerifier.of(vkey) instanceof CosignatureVerifier);
    assertEquals(vkey, WitnessSigner.parse(key.encoded()).verifierKey());
  }

  private SignedNote cosigned(int... witnessIndexes) {
    SignedNote note = checkpoint.sign(log);
    for (int index : witnessIndexes) {
      note =
          note.withSignature(
              witnesses.get(index).cosign(checkpoint, 1_700_000_000L + index).toNoteSignature());
    }
    return note;
  }

  private List<NoteVerifier> verifiers() {
    List<NoteVerifier> verifiers = new ArrayList<>();
    witnesses.forEach(witness -> verifiers.add(NoteVerifier.of(witness.verifierKey())));
    return verifiers;
  }

  private WitnessSigner witness(String name) {
    return new WitnessSigner(key(name, SignatureType.COSIGNATURE_V1));
  }

  private SignerKey key(String name, SignatureType type) {
    byte[] seed = new byte[32];
    seeds.nextBytes(seed);
    return new SignerKey(name, type, seed);
  }
}
