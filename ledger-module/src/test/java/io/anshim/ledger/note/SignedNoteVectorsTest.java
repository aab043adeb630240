package io.anshim.ledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.anshim.ledger.TestVectors;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * signed-note-vectors.json: C2SP and golang/mod notes, derived checkpoints and a derived
 * cosignature.
 */
class SignedNoteVectorsTest {

  private static final JsonNode NOTES = TestVectors.load("signed-note-vectors.json").get("notes");

  @TestFactory
  Stream<DynamicTest> everyNoteVerifiesOrIsRejectedAsTheVectorSays() {
    return StreamSupport.stream(NOTES.spliterator(), false)
        .filter(v -> v.has("signedNote"))
        .map(
            v ->
                dynamicTest(
                    v.get("id").asText(),
                    () -> {
                      NoteVerifier key = NoteVerifier.parse(v.get("vkey").asText());
                      if (v.get("valid").asBoolean()) {
                        SignedNote note = SignedNote.parse(v.get("signedNote").asText());
                        List<NoteSignature> verified = note.verify(List.of(key));
                        assertEquals(1, verified.size());
                        assertEquals(key.name(), verified.get(0).keyName());
                        assertEquals(v.get("noteText").asText(), note.text());
                        assertEquals(v.get("signedNote").asText(), note.format());
                      } else {
                        assertThrows(
                            InvalidNoteException.class,
                            () ->
                                SignedNote.parse(v.get("signedNote").asText())
                                    .verify(List.of(key)));
                      }
                    }));
  }

  @Test
  void signingWithThePeterNeumannKeyReproducesItsSignatureLineByteForByte() throws Exception {
    JsonNode vector = note("go-sumdb-note-two-signers");
    NoteSigner signer = NoteSigner.parse(vector.get("skey").asText());
    assertEquals(vector.get("vkey").asText(), signer.verifierKey().encoded());
    String line = signer.sign(vector.get("noteText").asText()).line();
    assertEquals(
        vector
                .get("signedNote")
                .asText()
                .lines()
                .filter(l -> l.contains("PeterNeumann"))
                .findFirst()
                .orElseThrow()
            + "\n",
        line);
  }

  @Test
  void bothSignersOfTheTwoSignerNoteVerifyWhenBothAreTrusted() throws Exception {
    JsonNode vector = note("go-sumdb-note-two-signers");
    SignedNote note = SignedNote.parse(vector.get("signedNote").asText());
    List<NoteSignature> verified =
        note.verify(
            List.of(
                NoteVerifier.parse(vector.get("vkey").asText()),
                NoteVerifier.parse(vector.get("otherVkey").asText())));
    assertEquals(
        List.of("PeterNeumann", "EnochRoot"),
        verified.stream().map(NoteSignature::keyName).toList());
  }

  @Test
  void signerKeyTextRoundTrips() throws Exception {
    String skey = note("go-sumdb-note-two-signers").get("skey").asText();
    assertEquals(skey, SignerKey.parse(skey).encoded());
  }

  @TestFactory
  Stream<DynamicTest> derivedCheckpointsAreSignedByteForByteAndParseBack() throws Exception {
    JsonNode vector = note("derived-checkpoints-tree8");
    NoteSigner signer = NoteSigner.parse(vector.get("skey").asText());
    CheckpointVerifier verifier =
        new CheckpointVerifier(
            vector.get("origin").asText(), NoteVerifier.parse(vector.get("vkey").asText()));
    return StreamSupport.stream(vector.get("checkpoints").spliterator(), false)
        .map(
            c ->
                dynamicTest(
                    "checkpoint of size " + c.get("treeSize").asLong(),
                    () -> {
                      Checkpoint checkpoint =
                          new Checkpoint(
                              vector.get("origin").asText(),
                              c.get("treeSize").asLong(),
                              TestVectors.hash(c.get("rootHex")));
                      assertEquals(c.get("checkpoint").asText(), checkpoint.sign(signer).format());
                      assertEquals(checkpoint, verifier.verify(c.get("checkpoint").asText()));
                    }));
  }

  @Test
  void derivedCosignatureIsReproducedAndVerifies() throws Exception {
    JsonNode vector = note("derived-ed25519-cosignature-v1");
    SignerKey witnessKey =
        new SignerKey(
            vector.get("witnessName").asText(),
            SignatureType.COSIGNATURE_V1,
            HexFormat.of().parseHex(vector.get("witnessSeedHex").asText()));
    assertEquals(vector.get("witnessVkey").asText(), witnessKey.verifierKey().encoded());

    String cosigned = vector.get("cosignedCheckpoint").asText();
    SignedNote note = SignedNote.parse(cosigned);
    Checkpoint checkpoint = Checkpoint.parse(note.text());
    long timestamp = vector.get("timestamp").asLong();
    assertEquals(
        vector.get("signedMessage").asText(),
        new String(
            Cosignature.signedMessage(timestamp, checkpoint.body()), StandardCharsets.UTF_8));

    Cosignature cosignature = new WitnessSigner(witnessKey).cosign(checkpoint, timestamp);
    assertEquals(note.signatures().get(1), cosignature.toNoteSignature());
    assertEquals(cosigned, note.withSignature(cosignature.toNoteSignature()).format());
    assertEquals(timestamp, Cosignature.from(note.signatures().get(1)).timestamp());

    WitnessPolicy policy = WitnessPolicy.of(1, List.of(vector.get("witnessVkey").asText()));
    assertEquals(List.of(cosignature.toNoteSignature()), policy.check(note));
    JsonNode log = note("derived-checkpoints-tree8");
    CheckpointVerifier verifier =
        new CheckpointVerifier(
            log.get("origin").asText(), NoteVerifier.parse(log.get("vkey").asText()), policy);
    assertEquals(checkpoint, verifier.verify(cosigned));
  }

  private static JsonNode note(String id) {
    return StreamSupport.stream(NOTES.spliterator(), false)
        .filter(v -> v.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
