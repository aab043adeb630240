package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.upokecenter.cbor.CBORObject;
import io.anshim.certificate.hcert.Base45Text;
import io.anshim.certificate.hcert.CoseSign1;
import io.anshim.certificate.hcert.CwtClaims;
import io.anshim.certificate.hcert.DccSchema;
import io.anshim.certificate.hcert.Hcert;
import io.anshim.certificate.hcert.HcertPrefix;
import io.anshim.certificate.hcert.SignatureAlgorithm;
import io.anshim.certificate.hcert.Zlib;
import io.anshim.certificate.qr.QrPictureReader;
import io.anshim.certificate.qr.QrReading;
import io.anshim.certificate.trust.KeyId;
import io.anshim.certificate.trust.SignerCertificate;
import io.anshim.certificate.verification.HcertVerifier;
import io.anshim.certificate.verification.HealthCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the EU DCC conformance suite (dgc-testdata): one container per case file, one test per
 * expected result it states, each checked against the step of our pipeline it names, trusting the
 * case's own signing certificate at its validation clock. The suite's folder comes from the system
 * property {@code dcc.testdata}; skipped checks and their reasons are in dcc-conformance-skips.csv.
 */
class DccConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DccSchema SCHEMA = DccSchema.load();
  private static final HexFormat HEX = HexFormat.of();

  /**
   * The upstream spells one key "EXPTECTEDEXPIRED"; it is the expiration check under another name.
   */
  private static final Map<String, String> KEY_ALIASES =
      Map.of("EXPTECTEDEXPIRED", "EXPECTEDEXPIRATIONCHECK");

  @TestFactory
  Stream<DynamicNode> everyCaseOfTheSuite() throws IOException {
    Path suite = Path.of(System.getProperty("dcc.testdata", "../../shared/testdata/dcc"));
    Assumptions.assumeTrue(
        Files.isDirectory(suite), "no DCC test data at " + suite.toAbsolutePath());
    List<Skip> skips = Skip.load();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(suite)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<DynamicNode> cases = new ArrayList<>();
    List<Skip> unused = new ArrayList<>(skips);
    for (Path file : files) {
      String name = suite.relativize(file).toString().replace('\\', '/');
      JsonNode testCase = read(file);
      Map<String, Boolean> expected = expectedResults(testCase);
      expected.keySet().forEach(key -> unused.removeIf(s -> s.covers(name, key)));
      cases.add(
          DynamicContainer.dynamicContainer(
              name, file.toUri(), testsOf(name, testCase, expected, skips)));
    }
    // A skip line that covers no check of the suite is stale (a renamed case, a folder this copy
    // lacks) and must go, not linger where it could one day hide a real failure.
    cases.add(
        DynamicTest.dynamicTest(
            "every skip line covers a check of the suite",
            () -> assertEquals(List.of(), unused, "skip lines that cover no check")));
    return cases.stream();
  }

  private static Map<String, Boolean> expectedResults(JsonNode testCase) {
    Map<String, Boolean> expected = new LinkedHashMap<>();
    testCase
        .path("EXPECTEDRESULTS")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isBoolean()) {
                expected.put(
                    KEY_ALIASES.getOrDefault(e.getKey(), e.getKey()), e.getValue().asBoolean());
              }
            });
    return expected;
  }

  private Stream<DynamicNode> testsOf(
      String name, JsonNode testCase, Map<String, Boolean> expected, List<Skip> skips) {
    List<DynamicNode> tests = new ArrayList<>();
    expected.forEach(
        (key, value) ->
            tests.add(
                DynamicTest.dynamicTest(
                    key + "=" + value,
                    () -> {
                      Optional<Skip> skip =
                          skips.stream().filter(s -> s.covers(name, key)).findFirst();
                      Assumptions.assumeTrue(
                          skip.isEmpty(), () -> "skipped: " + skip.get().reason());
                      assertEquals(
                          value,
                          new Check(testCase).passes(key),
                          () ->
                              key
                                  + " of "
                                  + name
                                  + ": "
                                  + testCase.path("TESTCTX").path("DESCRIPTION").asText()
                                  + new Check(testCase).schemaViolations(key));
                    })));
    return tests.stream();
  }

  /** The step an expected result names, run on the case's fields. */
  private static final class Check {
    private final JsonNode testCase;

    Check(JsonNode testCase) {
      this.testCase = testCase;
    }

    boolean passes(String key) {
      return switch (key) {
        case "EXPECTEDPICTUREDECODE" -> pictureDecodes();
        case "EXPECTEDUNPREFIX" -> succeeds(this::unprefixes);
        case "EXPECTEDB45DECODE" -> succeeds(this::base45Decodes);
        case "EXPECTEDCOMPRESSION" -> succeeds(this::inflates);
        case "EXPECTEDVERIFY" -> succeeds(this::verifies);
        case "EXPECTEDDECODE" -> succeeds(this::decodes);
        case "EXPECTEDVALIDJSON" -> succeeds(this::wholeChainGivesTheJson);
        case "EXPECTEDSCHEMAVALIDATION" -> succeeds(this::payloadFitsTheSchema);
        case "EXPECTEDVALIDOBJECT" -> succeeds(this::jsonFitsTheSchema);
        case "EXPECTEDENCODE" -> succeeds(this::encodes);
        case "EXPECTEDEXPIRATIONCHECK" -> succeeds(this::isWithinItsValidity);
        case "EXPECTEDKEYUSAGE" -> succeeds(this::signerMayIssueIt);
        default -> throw new IllegalArgumentException("unknown expected result " + key);
      };
    }

    /** For a failed schema check, what the JSON breaks (the reason a skip line has to give). */
    String schemaViolations(String key) {
      try {
        return switch (key) {
          case "EXPECTEDVALIDOBJECT" -> " " + SCHEMA.violations(node("JSON").orElseThrow());
          case "EXPECTEDSCHEMAVALIDATION" ->
              " " + SCHEMA.violations(cborPayload().orElseGet(() -> claims().dccJson()));
          default -> "";
        };
      } catch (RuntimeException e) {
        return " " + e;
      }
    }

    private boolean pictureDecodes() {
      String png = text("2DCODE").or(() -> text("_2DCODE")).orElseThrow();
      QrReading reading = QrPictureReader.read(Base64.getMimeDecoder().decode(png));
      return reading instanceof QrReading.Found found
          && text("PREFIX").map(found.text()::equals).orElse(true);
    }

    private boolean unprefixes() {
      String base45 = HcertPrefix.strip(text("PREFIX").orElseThrow());
      return text("BASE45").map(base45::equals).orElse(true);
    }

    private boolean base45Decodes() {
      byte[] bytes = Base45Text.decode(base45());
      return hex("COMPRESSED").map(c -> Arrays.equals(c, bytes)).orElse(true);
    }

    private boolean inflates() {
      byte[] cose = Zlib.inflate(compressed());
      return hex("COSE").map(c -> Arrays.equals(c, cose)).orElse(true);
    }

    private boolean verifies() {
      CoseSign1 message = message();
      CwtClaims.parse(message.payload());
      return signatureIsTheSigners(message);
    }

    private boolean decodes() {
      JsonNode decoded = cborPayload().orElseGet(() -> claims().dccJson());
      boolean matchesJson = node("JSON").map(j -> sameJson(j, decoded)).orElse(true);
      boolean matchesCose =
          hex("COSE")
              .map(c -> sameJson(CwtClaims.parse(CoseSign1.parse(c).payload()).dccJson(), decoded))
              .orElse(true);
      return matchesJson && matchesCose;
    }

    private boolean wholeChainGivesTheJson() {
      JsonNode decoded = Hcert.decode(text("PREFIX").orElseThrow()).claims().dccJson();
      return node("JSON").map(j -> sameJson(j, decoded)).orElse(true);
    }

    private boolean payloadFitsTheSchema() {
      return SCHEMA.violations(cborPayload().orElseGet(() -> claims().dccJson())).isEmpty();
    }

    private boolean jsonFitsTheSchema() {
      return SCHEMA.violations(node("JSON").orElseThrow()).isEmpty();
    }

    private boolean encodes() {
      JsonNode source = node("JSON").orElseThrow();
      byte[] ours = CBORObject.FromJSONString(source.toString()).EncodeToBytes();
      return sameJson(
          json(CBORObject.DecodeFromBytes(ours)),
          cborPayload().orElseGet(() -> claims().dccJson()));
    }

    /**
     * The DCC in the CBOR field. Most countries put the DCC itself there, some (DE, BG) the whole
     * CWT claims map; both are taken, the DCC then read from hcert (-260) / 1.
     */
    private Optional<JsonNode> cborPayload() {
      return hex("CBOR")
          .map(
              bytes -> {
                CBORObject cbor = CBORObject.DecodeFromBytes(bytes);
                CBORObject hcert = cbor.get(CBORObject.FromObject(-260));
                return json(hcert == null ? cbor : hcert.get(CBORObject.FromObject(1)));
              });
    }

    private boolean isWithinItsValidity() {
      return HcertVerifier.checkValidity(claims(), validationClock()).isEmpty();
    }

    private boolean signerMayIssueIt() {
      CoseSign1 message = message();
      JsonNode payload = CwtClaims.parse(message.payload()).dccJson();
      SignerCertificate signer = signer();
      return signatureIsTheSigners(message)
          && HealthCertificate.typeOf(payload).map(signer::mayIssue).orElse(false);
    }

    private boolean signatureIsTheSigners(CoseSign1 message) {
      SignerCertificate signer = signer();
      Optional<byte[]> keyId = message.keyId();
      Optional<SignatureAlgorithm> algorithm = message.algorithm();
      return keyId.isPresent()
          && new KeyId(keyId.get()).equals(signer.keyId())
          && algorithm.isPresent()
          && signer.verifies(algorithm.get(), message.toBeSigned(), message.signature());
    }

    // A case may leave out a layer a check needs (PT gives only JSON, BASE45 and PREFIX yet
    // expects every step); such a layer is then derived from the one above it, as upstream's own
    // runner would have to.

    private String base45() {
      return text("BASE45").orElseGet(() -> HcertPrefix.strip(text("PREFIX").orElseThrow()));
    }

    private byte[] compressed() {
      return hex("COMPRESSED").orElseGet(() -> Base45Text.decode(base45()));
    }

    private CoseSign1 message() {
      return CoseSign1.parse(
          hex("COSE")
              .orElseGet(
                  () -> {
                    byte[] bytes = compressed();
                    return Zlib.looksCompressed(bytes) ? Zlib.inflate(bytes) : bytes;
                  }));
    }

    private CwtClaims claims() {
      return CwtClaims.parse(message().payload());
    }

    private SignerCertificate signer() {
      return SignerCertificate.fromDer(
          Base64.getMimeDecoder().decode(testCase.path("TESTCTX").path("CERTIFICATE").asText()));
    }

    private Instant validationClock() {
      return ValidationClock.parse(testCase.path("TESTCTX").path("VALIDATIONCLOCK").asText());
    }

    private Optional<String> text(String field) {
      JsonNode value = testCase.get(field);
      return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }

    private Optional<JsonNode> node(String field) {
      return Optional.ofNullable(testCase.get(field)).filter(Predicate.not(JsonNode::isNull));
    }

    private Optional<byte[]> hex(String field) {
      return text(field).map(h -> HEX.parseHex(h.strip()));
    }

    private static boolean succeeds(java.util.function.BooleanSupplier step) {
      try {
        return step.getAsBoolean();
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  static JsonNode json(CBORObject cbor) {
    try {
      return JSON.readTree(cbor.ToJSONString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * JSON equality by meaning, as encoders differ in form: 1 and 1.0 are the same number, and
   * "2021-06-30T12:34:56+00:00" and "...56Z" the same instant (PT's JSON and CBOR differ so).
   */
  static boolean sameJson(JsonNode a, JsonNode b) {
    Comparator<JsonNode> byMeaning =
        (x, y) -> {
          if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue());
          }
          if (x.isTextual() && y.isTextual() && !x.equals(y)) {
            return sameInstant(x.asText(), y.asText()) ? 0 : 1;
          }
          return x.equals(y) ? 0 : 1;
        };
    return a.equals(byMeaning, b);
  }

  private static boolean sameInstant(String x, String y) {
    try {
      return OffsetDateTime.parse(x).toInstant().equals(OffsetDateTime.parse(y).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static JsonNode read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line of the skip file: a case (or a folder of cases), which check ("*" = all) and why. */
  record Skip(String casePath, String check, String reason) {
    static List<Skip> load() throws IOException {
      try (InputStream in =
          DccConformanceTest.class.getResourceAsStream("/dcc-conformance-skips.csv")) {
        if (in == null) {
          return List.of();
        }
        List<Skip> skips = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.isBlank() || line.startsWith("#") || line.startsWith("case,")) {
            continue;
          }
          String[] parts = line.split(",", 3);
          skips.add(new Skip(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return skips;
      }
    }

    boolean covers(String name, String key) {
      boolean caseMatches =
          casePath.equals("*")
              || (casePath.endsWith("/") ? name.startsWith(casePath) : name.equals(casePath));
      return caseMatches && (check.equals("*") || check.equals(key));
    }
  }

  /** VALIDATIONCLOCK comes in many ISO-8601 shapes; one without an offset is UTC. */
  static final class ValidationClock {
    static Instant parse(String text) {
      String t = text.strip().replace(' ', 'T');
      if (t.length() == 10) {
        t = t + "T00:00:00Z";
      }
      if (t.matches(".*[+-]\\d{4}$")) {
        t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
      } else if (!t.matches(".*(Z|[+-]\\d{2}:\\d{2})$")) {
        t = t + "Z";
      }
      return OffsetDateTime.parse(t).toInstant();
    }
  }
}
