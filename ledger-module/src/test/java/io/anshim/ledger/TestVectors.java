package io.anshim.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anshim.ledger.merkle.Hash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The shared public vectors in shared/testdata/ledger (system property {@code ledger.testdata}).
 */
public final class TestVectors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestVectors() {}

  public static Path folder() {
    return Path.of(System.getProperty("ledger.testdata", "../../shared/testdata/ledger"));
  }

  public static JsonNode load(String file) {
    Path path = folder().resolve(file);
    try {
      return JSON.readTree(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test vectors " + path.toAbsolutePath(), e);
    }
  }

  public static byte[] bytes(JsonNode hex) {
    return HexFormat.of().parseHex(hex.asText());
  }

  public static Hash hash(JsonNode hex) {
    return Hash.fromHex(hex.asText());
  }

  public static List<Hash> hashes(JsonNode hexArray) {
    List<Hash> hashes = new ArrayList<>();
    hexArray.forEach(hex -> hashes.add(hash(hex)));
    return hashes;
  }

  public static List<byte[]> byteArrays(JsonNode hexArray) {
    List<byte[]> arrays = new ArrayList<>();
    hexArray.forEach(hex -> arrays.add(bytes(hex)));
    return arrays;
  }

  /** JSON numbers up to 2^64-1, as unsigned longs. */
  public static long unsigned(JsonNode number) {
    return Long.parseUnsignedLong(number.asText());
  }

  /** The eight leaf hashes of rfc6962-tree8.json. */
  public static List<Hash> tree8LeafHashes() {
    List<Hash> leaves = new ArrayList<>();
    load("rfc6962-tree8.json")
        .get("leafInputsHex")
        .forEach(input -> leaves.add(Hash.leafHash(bytes(input))));
    return leaves;
  }
}
