package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.Api;
import jakarta.json.Json;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nodes share the database: a trust list an operator imported on another node is trusted here
 * within a minute, without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class TrustListOnOtherNodesIT {

  /** A Belgian test certificate: a country no other test imports. */
  private static final ConformanceCase BELGIAN_CASE = ConformanceCase.read("BE/2DCode/raw/1.json");

  /** The minute's check, plus room for a loaded machine. */
  private static final Duration WITHIN = Duration.ofSeconds(90);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CertificateTestDeployment.earWithTestHooks();
  }

  @ArquillianResource private URL base;

  @Test
  void aForeignSignerImportedOnAnotherNodeIsTrustedHereWithinAMinute() throws Exception {
    assertEquals("UNKNOWN_SIGNER", outcome());

    Api.Reply stored =
        new Api(base)
            .postBytes(
                "certificate-test/foreign-signer?country=BE&keyId="
                    + encoded(BELGIAN_CASE.signerKeyId())
                    + "&der="
                    + encoded(BELGIAN_CASE.signerCertificate().replaceAll("\\s", "")),
                "text/plain",
                new byte[0]);
    assertEquals(200, stored.status(), stored::toString);

    Instant giveUp = Instant.now().plus(WITHIN);
    String outcome = outcome();
    while (outcome.equals("UNKNOWN_SIGNER") && Instant.now().isBefore(giveUp)) {
      Thread.sleep(2_000);
      outcome = outcome();
    }
    assertEquals(
        "EXPIRED", outcome, "signature accepted within a minute; the 2021 certificate has expired");
  }

  private String outcome() {
    return new Api(base)
        .post(
            "api/certificates/verify",
            Json.createObjectBuilder().add("text", BELGIAN_CASE.text()).build())
        .object()
        .getString("outcome");
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
