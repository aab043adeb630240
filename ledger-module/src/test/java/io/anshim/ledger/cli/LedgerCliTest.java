package io.anshim.ledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.anshim.ledger.TestVectors;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.MerkleTree;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.NoteSigner;
import io.anshim.ledger.note.SignatureType;
import io.anshim.ledger.note.VerifierKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the auditor in-process, as {@code java -jar ledger-cli.jar ...} would. */
class LedgerCliTest {

  private static final JsonNode TREE = TestVectors.load("rfc6962-tree8.json");
  private static final JsonNode NOTES = TestVectors.load("signed-note-vectors.json").get("notes");

  @TempDir Path dir;

  private Path leaves;

  @BeforeEach
  void writeLeaves() throws IOException {
    // The first vector leaf input is empty, which a blank line cannot express: use leaves 1..7 plus
    // a blank line and surrounding spaces that must be ignored.
    List<String> lines = new ArrayList<>();
    TREE.get("leafInputsHex").forEach(input -> lines.add(input.asText()));
    lines.set(0, "");
    lines.set(3, "  " + lines.get(3) + "  ");
    leaves = write("leaves.txt", String.join("\n", lines) + "\n");
  }

  @Test
  void rootPrintsSizeAndRootOfTheLeaves() {
    Run run = run("", "root", "--leaves", leaves.toString());
    assertEquals(0, run.status);
    assertEquals("size 7\nroot " + rootOf7() + "\n", run.out);
  }

  @Test
  void rootReadsLeavesFromStdin() throws IOException {
    Run run = run(Files.readString(leaves), "root", "--leaves", "-");
    assertEquals(0, run.status);
    assertTrue(run.out.contains("root " + rootOf7()));
  }

  @Test
  void rootOfNoLeavesIsTheEmptyTreeRoot() throws IOException {
    Run run = run("", "root", "--leaves", write("empty.txt", "\n\n").toString());
    assertEquals(
        "size 0\nroot e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n", run.out);
  }

  @Test
  void generatedInclusionProofVerifies() throws IOException {
    Run proof =
        run("", "inclusion-proof", "--leaves", leaves.toString(), "--index", "2", "--size", "5");
    assertEquals(0, proof.status);
    assertEquals(3, proof.out.lines().count());
    Path proofFile = write("proof.txt", proof.out);
    String leafHash = TREE.get("leafHashesHex").get(3).asText();
    String root = rootOfLeaves(5);
    Run verified =
        run(
            "",
            "verify-inclusion",
            "--leaf-hash",
            leafHash,
            "--index",
            "2",
            "--size",
            "5",
            "--root",
            root,
            "--proof",
            proofFile.toString());
    assertEquals(0, verified.status);
    assertEquals("valid\n", verified.out);

    Run wrongIndex =
        run(
            "",
            "verify-inclusion",
            "--leaf-hash",
            leafHash,
            "--index",
            "3",
            "--size",
            "5",
            "--root",
            root,
            "--proof",
            proofFile.toString());
    assertEquals(1, wrongIndex.status);
    assertTrue(wrongIndex.out.startsWith("invalid: "), wrongIndex.out);

    Run fromStdin =
        run(
            proof.out,
            "verify-inclusion",
            "--leaf-hash",
            leafHash,
            "--index",
            "2",
            "--size",
            "5",
            "--root",
            root,
            "--proof",
            "-");
    assertEquals(0, fromStdin.status);
  }

  @Test
  void generatedConsistencyProofVerifiesAndATamperedOneDoesNot() throws IOException {
    Run proof =
        run("", "consistency-proof", "--leaves", leaves.toString(), "--old", "3", "--size", "7");
    assertEquals(0, proof.status);
    String[] args = {
      "verify-consistency",
      "--old",
      "3",
      "--size",
      "7",
      "--old-root",
      rootOfLeaves(3),
      "--root",
      rootOf7(),
      "--proof",
      write("c.txt", proof.out).toString()
    };
    assertEquals("valid\n", run("", args).out);

    String tampered = proof.out.replaceFirst("^.", proof.out.charAt(0) == '0' ? "1" : "0");
    args[args.length - 1] = write("t.txt", tampered).toString();
    Run invalid = run("", args);
    assertEquals(1, invalid.status);
    assertTrue(invalid.out.startsWith("invalid: "), invalid.out);
  }

  @Test
  void aProofElementThatIsNot32BytesIsInvalid() throws IOException {
    Path proof = write("short.txt", "abcd\n");
    Run run =
        run(
            "",
            "verify-consistency",
            "--old",
            "1",
            "--size",
            "2",
            "--old-root",
            rootOfLeaves(1),
            "--root",
            rootOfLeaves(2),
            "--proof",
            proof.toString());
    assertEquals(1, run.status);
    assertEquals("invalid: proof element 0 is 2 bytes, not 32\n", run.out);
  }

  @Test
  void verifyCheckpointPrintsWhatTheKeyVouchesFor() throws IOException {
    JsonNode log = note("derived-checkpoints-tree8");
    Path note = write("checkpoint.txt", log.get("checkpoints").get(2).get("checkpoint").asText());
    Path key = write("log.vkey", log.get("vkey").asText() + "\n");
    Run run = run("", "verify-checkpoint", "--key", key.toString(), "--note", note.toString());
    assertEquals(0, run.status, run.err);
    assertEquals(
        "valid\norigin example.com/ledger-test\nsize 8\nroot "
            + TREE.get("rootHashByTreeSizeHex").get("8").asText()
            + "\nsigned-by PeterNeumann+c74f20a3\n",
        run.out);
  }

  @Test
  void verifyCheckpointWithWitnessQuorum() throws IOException {
    JsonNode cosigned = note("derived-ed25519-cosignature-v1");
    Path note = write("cosigned.txt", cosigned.get("cosignedCheckpoint").asText());
    Run run =
        run(
            "",
            "verify-checkpoint",
            "--key",
            note("derived-checkpoints-tree8").get("vkey").asText(),
            "--note",
            note.toString(),
            "--origin",
            "example.com/ledger-test",
            "--witness",
            cosigned.get("witnessVkey").asText(),
            "--quorum",
            "1");
    assertEquals(0, run.status, run.out + run.err);
    assertTrue(run.out.endsWith("cosigned-by witness.example.com/w1+c48d6610\n"), run.out);

    Run wrongOrigin =
        run(
            "",
            "verify-checkpoint",
            "--key",
            note("derived-checkpoints-tree8").get("vkey").asText(),
            "--note",
            note.toString(),
            "--origin",
            "example.com/other");
    assertEquals(1, wrongOrigin.status);
  }

  @Test
  void verifyCheckpointRejectsAnUnknownKeyOrTamperedNote() throws IOException {
    JsonNode unknown = note("unknown-key-only");
    Run run =
        run(
            unknown.get("signedNote").asText(),
            "verify-checkpoint",
            "--key",
            unknown.get("vkey").asText(),
            "--note",
            "-");
    assertEquals(1, run.status);
    assertEquals("invalid: note has no signature by a trusted key\n", run.out);

    JsonNode tampered = note("go-sumdb-note-tampered-text");
    Run bad =
        run(
            tampered.get("signedNote").asText(),
            "verify-checkpoint",
            "--key",
            tampered.get("vkey").asText(),
            "--note",
            "-");
    assertEquals(1, bad.status);
    assertTrue(bad.out.startsWith("invalid: signature by PeterNeumann"), bad.out);
  }

  @Test
  void generatedLogKeySignsCheckpointsTheVerifierAccepts() throws Exception {
    Run run = run("", "generate-key", "--name", "log.anshim.example/ledger");
    assertEquals(0, run.status);
    List<String> keys = run.out.lines().toList();
    assertTrue(keys.get(0).startsWith("PRIVATE+KEY+log.anshim.example/ledger+"));
    Checkpoint checkpoint = new Checkpoint("log.anshim.example/ledger", 7, Hash.fromHex(rootOf7()));
    Path note = write("mine.txt", checkpoint.sign(NoteSigner.parse(keys.get(0))).format());
    Run verified = run("", "verify-checkpoint", "--key", keys.get(1), "--note", note.toString());
    assertEquals(0, verified.status, verified.out + verified.err);
    assertTrue(verified.out.contains("size 7\nroot " + rootOf7() + "\n"));

    Run witness = run("", "generate-key", "--name", "w.example", "--type", "witness");
    assertEquals(
        SignatureType.COSIGNATURE_V1,
        VerifierKey.parse(witness.out.lines().toList().get(1)).type());
  }

  @Test
  void errorsExitWithStatusOneAndOneLineOnStderr() {
    List<String[]> failures =
        List.of(
            new String[] {},
            new String[] {"frobnicate"},
            new String[] {"root"},
            new String[] {"root", "--leaves"},
            new String[] {"root", "--leaves", dir.resolve("missing.txt").toString()},
            new String[] {"root", "--unknown", "x"},
            new String[] {"inclusion-proof", "--leaves", leaves.toString(), "--index", "7"},
            new String[] {"inclusion-proof", "--leaves", leaves.toString(), "--index", "-1"},
            new String[] {"consistency-proof", "--leaves", leaves.toString(), "--old", "0"},
            new String[] {
              "verify-inclusion",
              "--leaf-hash",
              "zz",
              "--index",
              "0",
              "--size",
              "1",
              "--root",
              "00",
              "--proof",
              "-"
            },
            new String[] {"verify-checkpoint", "--key", "not-a-key", "--note", "-"},
            new String[] {"generate-key", "--name", "has space"},
            new String[] {"generate-key", "--name", "x", "--type", "other"});
    for (String[] args : failures) {
      Run run = run("", args);
      assertEquals(1, run.status, String.join(" ", args));
      assertEquals(1, run.err.lines().count(), String.join(" ", args) + ": " + run.err);
      assertTrue(run.err.startsWith("error: "), run.err);
    }
  }

  @Test
  void helpListsEveryCommand() {
    Run run = run("", "--help");
    assertEquals(0, run.status);
    for (String command :
        List.of(
            "root",
            "inclusion-proof",
            "consistency-proof",
            "verify-inclusion",
            "verify-consistency",
            "verify-checkpoint",
            "generate-key")) {
      assertTrue(run.out.contains("  " + command + " --"), command);
    }
    Run commandHelp = run("", "verify-inclusion", "--help");
    assertEquals(0, commandHelp.status);
    assertTrue(commandHelp.out.startsWith("usage: ledger-cli verify-inclusion --leaf-hash H"));
  }

  private static String rootOf7() {
    return rootOfLeaves(7);
  }

  /** Root of the first {@code count} leaves of the file (vector leaves 1..7), from the library. */
  private static String rootOfLeaves(int count) {
    return MerkleTree.ofLeafHashes(TestVectors.tree8LeafHashes().subList(1, 1 + count))
        .root()
        .hex();
  }

  private static JsonNode note(String id) {
    for (JsonNode note : NOTES) {
      if (note.get("id").asText().equals(id)) {
        return note;
      }
    }
    throw new AssertionError("no vector " + id);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new LedgerCli()
            .run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
