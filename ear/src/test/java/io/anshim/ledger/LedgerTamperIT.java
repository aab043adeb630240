package io.anshim.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.cli.LedgerCli;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.testing.Api;
import io.anshim.testing.Browser;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
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
 * Someone with database access rewrites one entry: the audits name it, and its proof no longer
 * holds.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerTamperIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return LedgerTestDeployment.earWithTestHooks();
  }

  private final LedgerServer server = new LedgerServer();

  @Test
  void aRewrittenEntryIsNamedByBothAuditsAndItsInclusionProofFails() throws Exception {
    List<Long> appended = server.append(40);
    long victim = appended.get(17);
    Checkpoint checkpoint = LedgerApiIT.signedCheckpoint(server, "api/ledger/checkpoint");
    Api operator = server.api().as("operator1", "anshim-demo");
    assertTrue(operator.get("api/operator/ledger/audit").object().getBoolean("intact"));

    String original = server.tamper(victim, "ff".repeat(32));
    try {
      JsonObject audit = operator.get("api/operator/ledger/audit").object();
      assertFalse(audit.getBoolean("intact"), audit::toString);
      assertEquals(victim, audit.getJsonNumber("firstTamperedIndex").longValue(), audit::toString);

      Api api = server.api();
      JsonObject entry = api.get("api/ledger/entries/" + victim).object();
      Hash leafHash = Hash.leafHash(HexFormat.of().parseHex(entry.getString("leafData")));
      JsonObject proof =
          api.get("api/ledger/proofs/inclusion?index=" + victim + "&size=" + checkpoint.size())
              .object();
      assertFalse(
          new InclusionProof(victim, checkpoint.size(), LedgerApiIT.path(proof))
              .isValid(leafHash, checkpoint.root()),
          "the rewritten entry is not in the signed tree");

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int status =
          new LedgerCli()
              .run(
                  new String[] {"audit", "--url", server.url()},
                  new ByteArrayInputStream(new byte[0]),
                  new PrintStream(out, true, StandardCharsets.UTF_8),
                  System.err);
      String printed = out.toString(StandardCharsets.UTF_8);
      assertEquals(1, status, printed);
      assertTrue(printed.contains("divergence at index " + victim + ":"), printed);

      assertTheScreenNames(victim);
    } finally {
      server.tamper(victim, original);
    }
    assertTrue(operator.get("api/operator/ledger/audit").object().getBoolean("intact"));
  }

  /** The operator's ledger screen runs the same audit and names the rewritten entry. */
  private void assertTheScreenNames(long victim) {
    try (Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(server.url() + "operator/ledger.xhtml");
      browser.signInAsStaff("operator1", "anshim-demo");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("ledger:run-audit"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-tampered")));
      assertEquals(
          "변조됨: 처음 바뀐 항목은 인덱스 " + victim + "입니다.",
          driver.findElement(By.id("audit-tampered")).getText());
      browser
          .driver()
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              driver.findElement(By.id("audit-tampered")));
      browser.screenshot("ledger-audit-4-tampered");
    }
  }
}
