package io.anshim.certificate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A case of the EU DCC conformance suite (../shared/testdata/dcc, or the folder named by the system
 * property {@code dcc.testdata}): a certificate another country signed in 2021 with a test DSC.
 */
record ConformanceCase(JsonObject json) {

  /** For example {@code read("DE/2DCode/raw/1.json")}. */
  static ConformanceCase read(String file) {
    Path path = Path.of(System.getProperty("dcc.testdata", "../../shared/testdata/dcc"), file);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8).replace("\uFEFF", "");
      try (var reader = Json.createReader(new StringReader(text))) {
        return new ConformanceCase(reader.readObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The "HC1:" text. */
  String text() {
    return json.getString("PREFIX");
  }

  /** The QR code as a PNG. */
  byte[] picture() {
    return Base64.getDecoder().decode(json.getString("2DCODE"));
  }

  /** The signer's certificate (DSC), base64 DER. */
  String signerCertificate() {
    return json.getJsonObject("TESTCTX").getString("CERTIFICATE");
  }

  /** The signer's key id: base64 of the first 8 bytes of SHA-256 of its DER. */
  String signerKeyId() {
    byte[] der = Base64.getMimeDecoder().decode(signerCertificate());
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(der);
      return Base64.getEncoder().encodeToString(Arrays.copyOf(sha, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A trust list in the EU gateway's shape with this case's signer as its one DSC. */
  JsonArray trustList(String country) {
    return Json.createArrayBuilder().add(trustListEntry(signerKeyId(), country)).build();
  }

  /** One trust-list entry for this case's signer, under the given key id (right or wrong). */
  JsonObject trustListEntry(String keyId, String country) {
    return Json.createObjectBuilder()
        .add("kid", keyId)
        .add("country", country)
        .add("certificateType", "DSC")
        .add("rawData", signerCertificate())
        .build();
  }
}
