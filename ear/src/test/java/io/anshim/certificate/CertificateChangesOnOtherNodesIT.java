package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient.Person;
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
 * within a minute, without a restart, and a certificate revoked on another node is revoked here
 * within a minute even when this node answers it from memory.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateChangesOnOtherNodesIT {

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
    assertEquals("UNKNOWN_SIGNER", outcome(BELGIAN_CASE.text()));

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

    assertEquals(
        "EXPIRED",
        outcomeWithin(BELGIAN_CASE.text(), "UNKNOWN_SIGNER"),
        "signature accepted within a minute; the 2021 certificate has expired");
  }

  @Test
  void aCertificateRevokedOnAnotherNodeIsRevokedHereWithinAMinute() throws Exception {
    IssuedCertificate certificate = IssuedCertificate.issueTo(base, Person.any("다른노드"));
    assertEquals("VALID", outcome(certificate.text()));
    assertEquals("VALID", outcome(certificate.text()), "now answered from this node's memory");

    Api.Reply revoked =
        new Api(base)
            .postBytes(
                "certificate-test/revocation-elsewhere?uvci=" + encoded(certificate.uvci()),
                "text/plain",
                new byte[0]);
    assertEquals(200, revoked.status(), revoked::toString);

    assertEquals("REVOKED", outcomeWithin(certificate.text(), "VALID"));
  }

  /**
   * The outcome once it is no longer {@code before}, asking every 2 s for at most a minute and a
   * half.
   */
  private String outcomeWithin(String text, String before) throws InterruptedException {
    Instant giveUp = Instant.now().plus(WITHIN);
    String outcome = outcome(text);
    while (outcome.equals(before) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(2_000);
      outcome = outcome(text);
    }
    return outcome;
  }

  private String outcome(String text) {
    return new Api(base)
        .post("api/certificates/verify", Json.createObjectBuilder().add("text", text).build())
        .object()
        .getString("outcome");
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
