package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.Browser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator uploads another issuer's trust-list file on the certificates screen: a broken file is
 * refused in plain words and changes nothing; a good one makes that issuer's certificates verify.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorTrustListPageIT {

  /**
   * An Austrian test certificate (EU DCC conformance suite), signed in 2021 by an AT test DSC: a
   * country no other test imports, so its signer is unknown until this upload.
   */
  private static final ConformanceCase AUSTRIAN_CASE = ConformanceCase.read("AT/2DCode/raw/1.json");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @TempDir private Path files;

  @Test
  void anOperatorUploadsAForeignTrustListAndItsCertificatesVerify() throws Exception {
    String text = AUSTRIAN_CASE.text();
    String trustList = AUSTRIAN_CASE.trustList("AT").toString();
    Path broken = Files.writeString(files.resolve("broken.json"), trustList.substring(0, 200));
    Path empty = Files.writeString(files.resolve("empty.json"), "");
    Path good = Files.writeString(files.resolve("at-trust-list.json"), trustList);
    assertEquals("UNKNOWN_SIGNER", outcomeOf(text));

    try (Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base.toURI().resolve("operator/certificates.xhtml").toString());
      browser.signInAsStaff("operator1", "anshim-demo");

      upload(browser, wait, broken);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("trust-list:messages"), "이 파일은 신뢰 목록이 아닙니다"));
      assertTrue(
          driver.findElement(By.id("trust-list:messages")).getText().contains("아무것도 가져오지 않았습니다"));
      assertEquals(
          "polite",
          driver.findElement(By.id("trust-list:messages")).getAttribute("aria-live"),
          "screen readers hear the result");
      browser.screenshot("certificate-6-operator-trust-list-broken-ko");
      assertEquals("UNKNOWN_SIGNER", outcomeOf(text), "the broken file imported nothing");

      upload(browser, wait, empty);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("trust-list:messages"), "파일이 비어 있습니다"));
      assertEquals("UNKNOWN_SIGNER", outcomeOf(text), "the empty file imported nothing");

      // over the screen's 10 MB, and between 20 and 24 MB, where the upload parser used to fail
      Path huge = files.resolve("huge.json");
      Files.write(huge, new byte[21 * 1024 * 1024]);
      upload(browser, wait, huge);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("trust-list:messages"), "파일이 10MB보다 큽니다"));
      Files.delete(huge);

      upload(browser, wait, good);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("trust-list:messages"), "서명 인증서 1개를 가져왔습니다(그중 새로운 것 1개)"));
      browser.screenshot("certificate-7-operator-trust-list-imported-ko");
    }

    JsonObject after =
        new Api(base)
            .post("api/certificates/verify", Json.createObjectBuilder().add("text", text).build())
            .object();
    assertEquals(
        "EXPIRED",
        after.getString("outcome"),
        "signature accepted; the 2021 test certificate has expired");
    assertEquals("Musterfrau-Gößinger Gabriele", after.getString("holderName"));
  }

  /** Chooses the file and sends the form (without Ajax); returns once the answer has loaded. */
  private static void upload(Browser browser, WebDriverWait wait, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trust-list:file")))
        .sendKeys(file.toAbsolutePath().toString());
    browser.leavePage(() -> browser.driver().findElement(By.id("trust-list:import")).click());
  }

  private String outcomeOf(String text) {
    return new Api(base)
        .post("api/certificates/verify", Json.createObjectBuilder().add("text", text).build())
        .object()
        .getString("outcome");
  }
}
