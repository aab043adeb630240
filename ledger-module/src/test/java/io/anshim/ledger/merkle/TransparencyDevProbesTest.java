package io.anshim.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.anshim.ledger.TestVectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The positive and negative inclusion and consistency probes of transparency-dev/merkle, verified
 * as untrusted input (raw bytes). The subtree probes (a non-RFC extension) are not run.
 */
class TransparencyDevProbesTest {

  private static final JsonNode PROBES = TestVectors.load("transparency-dev-probes.json");

  @TestFactory
  Stream<DynamicTest> inclusionProbes() {
    return probes("inclusion")
        .map(
            p ->
                dynamicTest(
                    name(p),
                    () -> {
                      String rejection =
                          rejection(
                              () ->
                                  InclusionProof.verify(
                                      TestVectors.unsigned(p.get("leafIdx")),
                                      TestVectors.unsigned(p.get("treeSize")),
                                      bytes(p, "leafHashHex"),
                                      TestVectors.byteArrays(p.get("proofHex")),
                                      bytes(p, "rootHex")));
                      check(p, rejection);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> consistencyProbes() {
    return probes("consistency")
        .map(
            p ->
                dynamicTest(
                    name(p),
                    () -> {
                      String rejection =
                          rejection(
                              () ->
                                  ConsistencyProof.verify(
                                      TestVectors.unsigned(p.get("size1")),
                                      TestVectors.unsigned(p.get("size2")),
                                      TestVectors.byteArrays(p.get("proofHex")),
                                      bytes(p, "root1Hex"),
                                      bytes(p, "root2Hex")));
                      check(p, rejection);
                    }));
  }

  @Test
  void allProbesArePresent() {
    assertEquals(98, PROBES.get("inclusion").size());
    assertEquals(98, PROBES.get("consistency").size());
  }

  private interface Verification {
    void run() throws InvalidProofException;
  }

  private static String rejection(Verification verification) {
    try {
      verification.run();
      return null;
    } catch (InvalidProofException e) {
      return e.getMessage();
    }
  }

  private static void check(JsonNode probe, String rejection) {
    boolean wantErr = probe.get("wantErr").asBoolean();
    if (wantErr && rejection == null) {
      fail("accepted a proof that must be rejected");
    }
    if (!wantErr && rejection != null) {
      fail("rejected a valid proof: " + rejection);
    }
  }

  private static byte[] bytes(JsonNode probe, String field) {
    return TestVectors.bytes(probe.get(field));
  }

  private static Stream<JsonNode> probes(String kind) {
    return StreamSupport.stream(PROBES.get(kind).spliterator(), false);
  }

  private static String name(JsonNode probe) {
    return probe.get("file").asText().replace("testdata/", "")
        + ": "
        + probe.get("desc").asText()
        + (probe.get("wantErr").asBoolean() ? " (must reject)" : "");
  }
}
