package io.anshim.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.WitnessSigner;
import io.anshim.testing.Api;
import io.anshim.testing.Browser;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's ledger screen: the newest checkpoint as signed, the witness policy met by the test
 * witness's cosignature, the audit saying OK, and the newest entries a page at a time.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerAuditPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LedgerTestDeployment.earWithTestHooks();
  }

  private final LedgerServer server = new LedgerServer();

  @Test
  void anOperatorSeesTheCheckpointItsWitnessesTheAuditAndTheEntries() throws Exception {
    server.append(45);
    Checkpoint checkpoint = LedgerApiIT.signedCheckpoint(server, "api/ledger/checkpoint");
    WitnessSigner witness = WitnessSigner.parse(LedgerApiIT.WITNESS_SKEY);
    Api.Reply cosigned =
        server.postText(
            "api/ledger/checkpoints/" + checkpoint.size() + "/cosignatures",
            witness.cosign(checkpoint, System.currentTimeMillis() / 1000).toNoteSignature().line());
    assertEquals(200, cosigned.status(), cosigned::toString);
    long size = checkpoint.size();
    JsonObject newest = server.api().get("api/ledger/entries/" + (size - 1)).object();
    JsonObject firstOfPageTwo = server.api().get("api/ledger/entries/" + (size - 21)).object();

    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(server.url() + "operator/ledger.xhtml");
      browser.signInAsStaff("operator1", "anshim-demo");
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "원장 감사"));

      assertEquals(Long.toString(size), driver.findElement(By.id("size")).getText());
      assertEquals(checkpoint.root().hex(), driver.findElement(By.id("root")).getText());
      String note = driver.findElement(By.id("note")).getText();
      assertTrue(note.startsWith(checkpoint.body().strip()), note);
      assertTrue(note.contains("— witness.test.anshim "), "the cosignature line: " + note);
      assertTrue(
          driver.findElement(By.id("quorum")).getText().contains("증인 정책 충족"),
          driver.findElement(By.id("quorum")).getText());
      assertTrue(
          driver
              .findElement(By.id("ledger:witness-table"))
              .getText()
              .contains("witness.test.anshim"));

      String firstRow =
          driver.findElement(By.xpath("//tbody[@id='ledger:entry-table_data']/tr[1]")).getText();
      assertTrue(firstRow.contains(newest.getString("leafHash")), "newest first: " + firstRow);

      driver.findElement(By.id("ledger:run-audit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-ok")));
      assertTrue(driver.findElement(By.id("audit-ok")).getText().startsWith("정상"));
      browser
          .driver()
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              driver.findElement(By.id("audit-ok")));
      browser.screenshot("ledger-audit-1-ok");

      driver.findElement(By.id("ledger:older")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.xpath("//tbody[@id='ledger:entry-table_data']/tr[1]"),
              firstOfPageTwo.getString("leafHash")));
      browser
          .driver()
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              driver.findElement(By.id("ledger:older")));
      browser.screenshot("ledger-audit-2-older-entries");

      browser.switchToEnglish();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Ledger audit"));
      assertTrue(driver.findElement(By.id("quorum")).getText().contains("Witness policy met"));
      // the screen keeps the last audit's answer (now in English): wait for the new one
      driver.findElement(By.id("ledger:run-audit")).click();
      browser.waitForAjax();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-ok"), "OK:"));
      browser.screenshot("ledger-audit-3-english");
    }
  }

  @Test
  void aVaccinatorMayNotOpenTheLedgerScreen() {
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(server.url() + "operator/ledger.xhtml");
      browser.signInAsStaff("vaccinator1", "anshim-demo");
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "권한 없음"));
    }
  }
}
