package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Our DSCs as other verifiers fetch them: GET /api/certificates/trust-list, anonymous, in the EU
 * DCC gateway's trust-list entry shape, with the DCC key id of each certificate.
 */
@ExtendWith(ArquillianExtension.class)
class PublishedTrustListIT {

  /**
   * What the gateway's trust-list entries carry that a verifier needs (its CMS signature aside).
   */
  private static final Set<String> GATEWAY_FIELDS =
      Set.of("kid", "country", "certificateType", "rawData", "thumbprint");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void anyoneGetsOurDocumentSignersAsKoreanDscsWithTheirKeyIds() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("api/certificates/trust-list"))
                    .header("Accept", "application/json")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response::body);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

    JsonArray entries = parse(response.body());
    assertFalse(entries.isEmpty(), "at least the DSC made at first start");
    for (JsonValue value : entries) {
      JsonObject entry = value.asJsonObject();
      assertTrue(entry.keySet().containsAll(GATEWAY_FIELDS), entry::toString);
      assertEquals("KR", entry.getString("country"));
      assertEquals("DSC", entry.getString("certificateType"));

      byte[] der = Base64.getDecoder().decode(entry.getString("rawData"));
      byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(der);
      assertEquals(
          Base64.getEncoder().encodeToString(Arrays.copyOf(sha256, 8)),
          entry.getString("kid"),
          "the DCC key id: the first 8 bytes of SHA-256 over the DER certificate, base64");
      assertEquals(HexFormat.of().formatHex(sha256), entry.getString("thumbprint"));

      X509Certificate dsc =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
      assertTrue(dsc.getSubjectX500Principal().getName().contains("C=KR"), dsc::toString);
      assertEquals(
          "CN=Anshim Country Signing CA,O=Anshim,C=KR", dsc.getIssuerX500Principal().getName());
      assertTrue(
          dsc.getExtendedKeyUsage().contains("1.3.6.1.4.1.1847.2021.1.2"),
          "a DSC for vaccination certificates");
    }
  }

  private static JsonArray parse(String body) throws IOException {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }
}
