package io.anshim.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.cli.LedgerCli;
import io.anshim.ledger.merkle.ConsistencyProof;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.CheckpointVerifier;
import io.anshim.ledger.note.Cosignature;
import io.anshim.ledger.note.NoteVerifier;
import io.anshim.ledger.note.SignatureType;
import io.anshim.ledger.note.SignerKey;
import io.anshim.ledger.note.VerifierKey;
import io.anshim.ledger.note.WitnessPolicy;
import io.anshim.ledger.note.WitnessSigner;
import io.anshim.testing.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public ledger API end to end: entries appended through the ledger's EJB API are proven, with
 * the ledger core's own verifiers, against checkpoints signed by the published key.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerApiIT {

  /** The test witness configured for the test server in arquillian.xml (its vkey only). */
  static final String WITNESS_SKEY =
      "PRIVATE+KEY+witness.test.anshim+14fc1f50+BI3l6KuNieOjoPjcFhB/VIRiLQTp9vZQ5wHSUG8Rh9sM";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LedgerTestDeployment.earWithTestHooks();
  }

  private final LedgerServer server = new LedgerServer();

  static Checkpoint signedCheckpoint(LedgerServer server, String path) throws Exception {
    String vkey = server.text("api/ledger/key").body().strip();
    NoteVerifier logKey = NoteVerifier.parse(vkey);
    return new CheckpointVerifier(logKey.name(), logKey).verify(server.text(path).body());
  }

  static List<Hash> path(JsonObject proof) {
    return proof.getJsonArray("path").getValuesAs(JsonValue::toString).stream()
        .map(quoted -> Hash.fromHex(quoted.replace("\"", "")))
        .toList();
  }

  @Test
  void appendedEntriesAreProvenAgainstTheSignedCheckpoint() throws Exception {
    List<Long> indices = server.append(300);
    assertEquals(300, new HashSet<>(indices).size(), "every entry has its own index");

    Checkpoint checkpoint = signedCheckpoint(server, "api/ledger/checkpoint");
    assertTrue(checkpoint.size() > indices.stream().mapToLong(Long::longValue).max().orElseThrow());
    Api api = server.api();
    for (long index : List.of(indices.get(0), indices.get(150), indices.get(299))) {
      JsonObject entry = api.get("api/ledger/entries/" + index).object();
      Hash leafHash = Hash.leafHash(HexFormat.of().parseHex(entry.getString("leafData")));
      assertEquals(leafHash.hex(), entry.getString("leafHash"));

      JsonObject proof =
          api.get("api/ledger/proofs/inclusion?index=" + index + "&size=" + checkpoint.size())
              .object();
      new InclusionProof(index, checkpoint.size(), path(proof)).verify(leafHash, checkpoint.root());

      JsonObject byHash =
          api.get("api/ledger/proofs/inclusion?leafHash=" + leafHash.hex()).object();
      assertEquals(index, byHash.getJsonNumber("index").longValue());
      new InclusionProof(index, byHash.getJsonNumber("treeSize").longValue(), path(byHash))
          .verify(leafHash, Hash.fromHex(byHash.getString("root")));
    }
  }

  @Test
  void anAnchoredRecordIsASaltedCommitmentThatOnlyTheSaltHolderCanMatch() throws Exception {
    String record = "venue 1234567890 QR issued 2021-07-01";
    Api.Reply reply =
        server.postText("ledger-test/anchor?record=" + record.replace(" ", "%20"), "");
    assertEquals(200, reply.status(), reply::toString);
    String[] anchor = reply.body().split(" ");
    long index = Long.parseLong(anchor[0]);
    byte[] salt = HexFormat.of().parseHex(anchor[1]);

    JsonObject entry = server.api().get("api/ledger/entries/" + index).object();
    assertEquals(anchor[2], entry.getString("leafData"));
    assertEquals("VENUE_QR_ISSUED", entry.getString("kind"));
    byte[] leafData = HexFormat.of().parseHex(entry.getString("leafData"));
    byte[] recordBytes = record.getBytes(StandardCharsets.UTF_8);
    assertTrue(Commitment.matches(leafData, EntryKind.VENUE_QR_ISSUED, salt, recordBytes));
    assertFalse(
        Commitment.matches(leafData, EntryKind.VENUE_QR_ISSUED, new byte[32], recordBytes),
        "without its salt the leaf says nothing about the record");
  }

  @Test
  void twoCheckpointsAreConsistentAndBothAreKeptInTheHistory() throws Exception {
    server.append(5);
    Checkpoint older = signedCheckpoint(server, "api/ledger/checkpoint");
    server.append(70);
    Checkpoint newer = signedCheckpoint(server, "api/ledger/checkpoint");
    assertTrue(newer.size() >= older.size() + 70);

    JsonObject proof =
        server
            .api()
            .get("api/ledger/proofs/consistency?old=" + older.size() + "&size=" + newer.size())
            .object();
    new ConsistencyProof(older.size(), newer.size(), path(proof))
        .verify(older.root(), newer.root());

    Checkpoint kept = signedCheckpoint(server, "api/ledger/checkpoints/" + older.size());
    assertEquals(older.root(), kept.root());
    JsonObject history = server.api().get("api/ledger/checkpoints?page=0&size=100").object();
    assertTrue(history.getInt("totalItems") >= 3, history::toString);
    assertEquals(
        0,
        history.getJsonArray("items").getJsonObject(0).getInt("size"),
        "the empty tree comes first");
  }

  @Test
  void aWitnessCosignatureIsVerifiedStoredAndPublished() throws Exception {
    server.append(1);
    Checkpoint checkpoint = signedCheckpoint(server, "api/ledger/checkpoint");
    WitnessSigner witness = WitnessSigner.parse(WITNESS_SKEY);
    Cosignature cosignature = witness.cosign(checkpoint, System.currentTimeMillis() / 1000);

    Api.Reply reply =
        server.postText(
            "api/ledger/checkpoints/" + checkpoint.size() + "/cosignatures",
            cosignature.toNoteSignature().line());
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.object().getBoolean("witnessQuorum"), reply::toString);

    String vkey = server.text("api/ledger/key").body().strip();
    WitnessPolicy oneOfOne = new WitnessPolicy(1, List.of(NoteVerifier.of(witness.verifierKey())));
    NoteVerifier logKey = NoteVerifier.parse(vkey);
    Checkpoint cosigned =
        new CheckpointVerifier(logKey.name(), logKey, oneOfOne)
            .verify(server.text("api/ledger/checkpoints/" + checkpoint.size()).body());
    assertEquals(checkpoint.root(), cosigned.root());

    Checkpoint forged = new Checkpoint(checkpoint.origin(), checkpoint.size(), Hash.EMPTY_TREE);
    assertRefused(
        server.postText(
            "api/ledger/checkpoints/" + checkpoint.size() + "/cosignatures",
            witness.cosign(forged, 1).toNoteSignature().line()),
        "error.ledger.cosignatureInvalid");
    WitnessSigner stranger =
        new WitnessSigner(
            SignerKey.generate(
                "stranger.example", SignatureType.COSIGNATURE_V1, new SecureRandom()));
    assertRefused(
        server.postText(
            "api/ledger/checkpoints/" + checkpoint.size() + "/cosignatures",
            stranger.cosign(checkpoint, 1).toNoteSignature().line()),
        "error.ledger.unknownWitness");
    assertRefused(
        server.postText("api/ledger/checkpoints/" + checkpoint.size() + "/cosignatures", "hello"),
        "error.ledger.badCosignature");
  }

  @Test
  void aCosignatureFromTheFutureOrTooOldIsRefusedWithTheTimes() throws Exception {
    server.append(1);
    Checkpoint checkpoint = signedCheckpoint(server, "api/ledger/checkpoint");
    WitnessSigner witness = WitnessSigner.parse(WITNESS_SKEY);
    long now = System.currentTimeMillis() / 1000;
    String path = "api/ledger/checkpoints/" + checkpoint.size() + "/cosignatures";

    Api.Reply future =
        server.postText(path, witness.cosign(checkpoint, now + 3600).toNoteSignature().line());
    assertRefused(future, "error.ledger.cosignatureFromTheFuture");
    assertTrue(
        future.object().getString("message").contains(Instant.ofEpochSecond(now + 3600).toString()),
        future::toString);
    assertRefused(
        server.postText(path, witness.cosign(checkpoint, now - 7200).toNoteSignature().line()),
        "error.ledger.cosignatureTooOld");
    assertEquals(
        200,
        server
            .postText(path, witness.cosign(checkpoint, now + 30).toNoteSignature().line())
            .status(),
        "30 s ahead is within the allowed clock skew");
  }

  @Test
  void theLogKeyIsPublishedWithItsWitnessPolicy() throws Exception {
    JsonObject key = server.api().get("api/ledger/key").object();
    VerifierKey vkey = VerifierKey.parse(key.getString("key"));
    assertEquals(key.getString("origin"), vkey.name());
    assertEquals(vkey.keyIdHex(), key.getString("keyId"));
    assertEquals(1, key.getInt("witnessQuorum"));
    assertEquals(
        WitnessSigner.parse(WITNESS_SKEY).verifierKey().encoded(),
        key.getJsonArray("witnesses").getString(0));
  }

  @Test
  void badParametersAre400sNever500s() {
    server.append(1);
    Api api = server.api();
    assertRefused(api.get("api/ledger/entries?count=1001"), "error.ledger.countRange");
    assertRefused(api.get("api/ledger/entries?count=0"), "error.ledger.countRange");
    assertRefused(api.get("api/ledger/entries?start=-1"), "error.ledger.negative");
    assertRefused(api.get("api/ledger/entries/abc"), "error.notANumber");
    assertRefused(api.get("api/ledger/proofs/inclusion"), "error.ledger.parameterRequired");
    assertRefused(api.get("api/ledger/proofs/inclusion?index=x"), "error.notANumber");
    assertRefused(
        api.get("api/ledger/proofs/inclusion?index=999999999999"), "error.ledger.indexBeyondSize");
    assertRefused(
        api.get("api/ledger/proofs/inclusion?index=0&size=999999999999"),
        "error.ledger.sizeBeyondLog");
    assertRefused(api.get("api/ledger/proofs/inclusion?leafHash=abc"), "error.ledger.notAHash");
    assertRefused(api.get("api/ledger/proofs/consistency?old=0"), "error.ledger.oldSizeRange");
    assertRefused(
        api.get("api/ledger/proofs/consistency?old=5&size=4"), "error.ledger.oldSizeRange");
    assertRefused(api.get("api/ledger/checkpoints?size=1000"), "error.pageSize");

    Api.Reply unknownEntry = api.get("api/ledger/entries/999999999999");
    assertEquals(404, unknownEntry.status(), unknownEntry::toString);
    assertEquals("error.ledger.unknownEntry", unknownEntry.object().getString("error"));
    Api.Reply unknownLeaf = api.get("api/ledger/proofs/inclusion?leafHash=" + "ab".repeat(32));
    assertEquals(404, unknownLeaf.status(), unknownLeaf::toString);

    Api.Reply korean = server.api().inLanguage("ko").get("api/ledger/entries?count=5000");
    assertEquals("count는 1에서 1000 사이여야 합니다 (5000).", korean.object().getString("message"));
  }

  @Test
  void theOperatorAuditNeedsAnOperatorAndFindsTheLogIntact() throws Exception {
    server.append(10);
    assertEquals(401, server.api().get("api/operator/ledger/audit").status());
    assertEquals(
        403,
        server.api().as("vaccinator1", "anshim-demo").get("api/operator/ledger/audit").status());

    JsonObject audit =
        server.api().as("operator1", "anshim-demo").get("api/operator/ledger/audit").object();
    assertTrue(audit.getBoolean("intact"), audit::toString);
    Checkpoint checkpoint = signedCheckpoint(server, "api/ledger/checkpoint");
    assertTrue(
        audit.getJsonNumber("entriesChecked").longValue() >= checkpoint.size(), audit::toString);
  }

  @Test
  void theOfflineAuditorAgreesThatTheLogIsIntact() {
    server.append(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        new LedgerCli()
            .run(
                new String[] {"audit", "--url", server.url()},
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, printed);
    assertTrue(printed.contains("valid"), printed);
    assertFalse(printed.contains("divergence"), printed);
  }

  static void assertRefused(Api.Reply reply, String error) {
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(error, reply.object().getString("error"), reply::toString);
    assertFalse(reply.object().getString("message").isBlank(), reply::toString);
  }
}
