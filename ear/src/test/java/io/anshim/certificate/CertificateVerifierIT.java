package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.Browser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The verifier: any input gets a clear answer, a foreign certificate verifies once its issuer's
 * trust list is imported (mutual recognition), and nothing about the person is kept.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateVerifierIT {

  /** A German test certificate (EU DCC conformance suite), signed in 2021 by a D-Trust test DSC. */
  private static final Path GERMAN_CASE =
      Path.of(
          System.getProperty("dcc.testdata", "../../shared/testdata/dcc"), "DE/2DCode/raw/1.json");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void garbageWrongPrefixAndHugeInputAreNotValidNeverAnError() {
    Api api = new Api(base);
    for (String text :
        new String[] {
          "", "hello", "HC2:6BF+70790T9WJWG", "HC1:!!!!", "HC1:" + "A".repeat(500_000)
        }) {
      Api.Reply reply =
          api.post("api/certificates/verify", Json.createObjectBuilder().add("text", text).build());
      assertEquals(200, reply.status(), reply::toString);
      assertEquals("MALFORMED", reply.object().getString("outcome"), reply::toString);
      assertFalse(reply.object().getBoolean("valid"));
    }
    Api.Reply hugePicture =
        api.postBytes("api/certificates/verify-picture", "image/png", randomBytes(6 * 1024 * 1024));
    assertEquals(200, hugePicture.status(), hugePicture::toString);
    assertEquals("MALFORMED", hugePicture.object().getString("outcome"));
    assertEquals("PICTURE", hugePicture.object().getString("failedStep"));
  }

  @Test
  @Order(1)
  void plainTextAndJsonGetTheSameAnswerAndABrokenBodyAClearError() {
    Api api = new Api(base);
    JsonObject asJson =
        api.post(
                "api/certificates/verify", Json.createObjectBuilder().add("text", "HC1:!!").build())
            .object();
    Api.Reply asText =
        api.postBytes(
            "api/certificates/verify",
            "text/plain; charset=UTF-8",
            "HC1:!!".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, asText.status(), asText::toString);
    assertEquals(asJson, asText.object());
    Api.Reply withOtherMembers =
        api.postBytes(
            "api/certificates/verify",
            "application/json",
            "{\"app\":{\"v\":[1,2]},\"text\":\"HC1:!!\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(asJson, withOtherMembers.object(), withOtherMembers::toString);
    // over 16 KB the body goes past VerificationFastLane to CertificatesResource: the same answer
    Api.Reply longBody =
        api.postBytes(
            "api/certificates/verify",
            "application/json",
            ("{\"padding\":\"" + "x".repeat(20_000) + "\",\"text\":\"HC1:!!\"}")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(asJson, longBody.object(), longBody::toString);

    Api.Reply broken =
        api.postBytes(
            "api/certificates/verify",
            "application/json",
            "{\"text\":\"HC1:".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, broken.status(), broken::toString);
    assertEquals("error.malformedBody", broken.object().getString("error"));
  }

  @Test
  @Order(2)
  void aForeignCertificateVerifiesOnceItsIssuersTrustListIsImported() throws IOException {
    JsonObject germanCase = germanCase();
    String text = germanCase.getString("PREFIX");
    Api api = new Api(base);

    JsonObject before =
        api.post("api/certificates/verify", Json.createObjectBuilder().add("text", text).build())
            .object();
    assertEquals("UNKNOWN_SIGNER", before.getString("outcome"));
    assertFalse(
        before.containsKey("holderName") && !before.isNull("holderName"),
        "nothing unsigned is shown");

    String certificate = germanCase.getJsonObject("TESTCTX").getString("CERTIFICATE");
    String kid = keyIdOf(Base64.getDecoder().decode(certificate));
    var trustList =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("kid", kid)
                    .add("country", "DE")
                    .add("certificateType", "DSC")
                    .add("rawData", certificate))
            .add(
                Json.createObjectBuilder()
                    .add("kid", "AAAAAAAAAAA=")
                    .add("country", "DE")
                    .add("certificateType", "DSC")
                    .add("rawData", certificate))
            .build();
    assertEquals(401, api.post("api/operator/certificates/trust-list", trustList).status());
    Api.Reply imported =
        new Api(base)
            .as("operator1", "anshim-demo")
            .post("api/operator/certificates/trust-list", trustList);
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(1, imported.object().getInt("accepted"));
    assertEquals(
        1,
        imported.object().getJsonArray("rejected").size(),
        "the entry with a wrong kid is refused");

    JsonObject after =
        api.post("api/certificates/verify", Json.createObjectBuilder().add("text", text).build())
            .object();
    assertEquals(
        "EXPIRED",
        after.getString("outcome"),
        "signature accepted; the 2021 test certificate has expired");
    assertEquals("Mustermann Erika", after.getString("holderName"));
    assertEquals("1964-08-12", after.getString("dateOfBirth"));

    byte[] picture = Base64.getDecoder().decode(germanCase.getString("2DCODE"));
    JsonObject fromPicture =
        api.postBytes("api/certificates/verify-picture", "image/png", picture).object();
    assertEquals("EXPIRED", fromPicture.getString("outcome"));
  }

  @Test
  @Order(3)
  void theVerifierPageShowsTheAnswerInLargeWordsAndKeepsNothing() throws IOException {
    String text = germanCase().getString("PREFIX");
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(base + "verify.xhtml");
      browser.screenshot("verify-1-empty-ko");

      driver.findElement(By.id("verify-text:text")).sendKeys("HC1:not-a-certificate");
      driver.findElement(By.id("verify-text:check")).click();
      wait.until(ExpectedConditions.textToBe(By.id("verdict-word"), "유효하지 않음"));
      assertEquals(
          "읽을 수 있는 예방접종 증명서가 아닙니다.", driver.findElement(By.id("verdict-reason")).getText());
      browser.screenshot("verify-2-garbage-ko");

      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("document.getElementById('verify-text:text').value = arguments[0];", text);
      driver.findElement(By.id("verify-text:check")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("verdict-reason"), "유효기간이 지난"));
      assertTrue(driver.findElement(By.id("holder-name")).getText().contains("Mustermann"));
      browser.screenshot("verify-3-expired-foreign-ko");
    }
    String serverLog =
        Files.readString(Path.of(System.getProperty("anshim.it.base.dir"), "log", "server.log"));
    assertFalse(
        serverLog.contains("Mustermann"), "the verifier path logs nothing about the person");
    assertFalse(
        serverLog.contains("MUSTERMANN"), "the verifier path logs nothing about the person");
  }

  private static JsonObject germanCase() throws IOException {
    String json = Files.readString(GERMAN_CASE, StandardCharsets.UTF_8).replace("\uFEFF", "");
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String keyIdOf(byte[] der) {
    try {
      byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(der);
      return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(sha, 8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    return bytes;
  }
}
