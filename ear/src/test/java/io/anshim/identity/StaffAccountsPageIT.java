package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator opens a vaccinator and an investigator account on the staff-accounts screen, is told
 * what is wrong with a bad form, and disables and enables an account, which then cannot and then
 * can sign in.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsPageIT {

  private static final String PASSWORD = "a long enough password";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void anOperatorOpensDisablesAndEnablesStaffAccounts() {
    String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
    String vaccinator = "vac-page-" + suffix;
    String investigator = "inv-page-" + suffix;
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base + "operator/staff-accounts.xhtml");
      browser.signInAsStaff("operator1", "anshim-demo");
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "직원 계정"));

      // a bad user name is refused with the rule, in Korean
      type(driver, "staff:username", "X");
      type(driver, "staff:displayName", "김접종");
      type(driver, "staff:password", PASSWORD);
      type(driver, "staff:centerId", "1");
      driver.findElement(By.id("staff:create")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("staff:messages"), "아이디는 3~80자의 영문 소문자"));
      browser.screenshot("staff-accounts-1-refused");

      // a vaccinator bound to center 1
      type(driver, "staff:username", vaccinator);
      type(driver, "staff:password", PASSWORD);
      driver.findElement(By.id("staff:create")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("staff:messages"), vaccinator + " 계정을 만들었습니다"));
      WebElement row = rowOf(driver, wait, vaccinator);
      assertTrue(row.getText().contains("접종 담당자"), row.getText());
      assertTrue(row.getText().contains("활성"), row.getText());
      assertEquals(
          403,
          new Api(base).as(vaccinator, PASSWORD).get("api/operator/centers/1").status(),
          "signed in as a vaccinator, who is no operator");
      browser.screenshot("staff-accounts-2-vaccinator-opened");

      // an investigator: no center field
      browser.choose("staff:role", "역학조사관");
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("staff:centerId")));
      type(driver, "staff:username", investigator);
      type(driver, "staff:displayName", "이조사");
      type(driver, "staff:password", PASSWORD);
      driver.findElement(By.id("staff:create")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("staff:messages"), investigator + " 계정을 만들었습니다"));
      assertTrue(rowOf(driver, wait, investigator).getText().contains("역학조사관"));

      // disable the vaccinator: it can no longer sign in
      rowOf(driver, wait, vaccinator).findElement(By.className("disable-button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("staff:messages"), vaccinator + " 계정을 비활성화했습니다"));
      assertTrue(rowOf(driver, wait, vaccinator).getText().contains("비활성"));
      assertEquals(
          401, new Api(base).as(vaccinator, PASSWORD).get("api/operator/centers/1").status());
      browser.screenshot("staff-accounts-3-disabled");

      // and enable it again
      rowOf(driver, wait, vaccinator).findElement(By.className("enable-button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("staff:messages"), vaccinator + " 계정을 활성화했습니다"));
      assertEquals(
          403, new Api(base).as(vaccinator, PASSWORD).get("api/operator/centers/1").status());

      // the same screen in English
      browser.switchToEnglish();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Staff accounts"));
      assertTrue(rowOf(driver, wait, investigator).getText().contains("Investigator"));
      browser.screenshot("staff-accounts-4-english");
    }
  }

  @Test
  void theListIsPagedAndOnlyOperatorsUseTheApi() {
    Api operator = new Api(base).as("operator1", "anshim-demo");
    var page = operator.get("api/operator/staff-accounts?page=0&size=1").object();
    assertEquals(1, page.getJsonArray("items").size(), page::toString);
    assertTrue(page.getJsonNumber("totalItems").longValue() >= 1, page::toString);
    assertEquals(
        403,
        new Api(base).as("vaccinator1", "anshim-demo").get("api/operator/staff-accounts").status());
    Api.Reply operatorAccount =
        operator.postBytes(
            "api/operator/staff-accounts/1/disable", "application/json", new byte[0]);
    assertEquals(400, operatorAccount.status(), "account 1 is the demo operator1");
    assertEquals("error.staff.notManaged", operatorAccount.object().getString("error"));
    assertEquals(
        200, operator.get("api/operator/centers/1").status(), "operator1 can still sign in");
    Api.Reply unknown =
        operator.postBytes(
            "api/operator/staff-accounts/987654321/disable", "application/json", new byte[0]);
    assertEquals(404, unknown.status(), unknown::toString);
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** The list's row of this account (the list is newest first, so new accounts are on page 1). */
  private static WebElement rowOf(WebDriver driver, WebDriverWait wait, String username) {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(
                "//tbody[@id='staff:account-table_data']/tr[.//span[@class='account-username' and"
                    + " text()='"
                    + username
                    + "']]")));
  }
}
