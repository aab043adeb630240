package io.anshim.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Browser;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen on a phone opens the booking page directly, is sent to the waiting room with the
 * reason, watches their place move without reloading, and goes on to booking when admitted; the
 * operator watches and changes the rate on their screen.
 */
@ExtendWith(ArquillianExtension.class)
class WaitingRoomPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aCitizenWaitsWithoutReloadingAndGoesOnToBookingWhenAdmitted() throws Exception {
    Person person = Person.any("김대기");
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base);
        Browser browser = new Browser(Browser.PHONE)) {
      operator.rate(0.01);
      operator.placeIdleSeconds(600);
      // two people already wait: the first passes at once, the second holds the line
      for (int i = 0; i < 2; i++) {
        CitizenClient ahead = new CitizenClient(base, "Phone");
        ahead.signInWithCarrier(Person.any("앞사람" + i));
        ahead.post("api/waiting-room/places", "");
      }
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      signIn(driver, wait, person);

      driver.get(base + "booking/book.xhtml");
      wait.until(ExpectedConditions.urlContains("booking/waiting-room.xhtml?back=missing"));
      assertTrue(
          driver.findElement(By.id("back-reason")).getText().contains("대기열에 자리를 드렸습니다"),
          driver.findElement(By.id("back-reason")).getText());
      assertEquals("대기실", driver.findElement(By.tagName("h1")).getText());
      wait.until(d -> d.findElement(By.id("wr-position")).getText().matches("[0-9,]+"));
      int position =
          Integer.parseInt(driver.findElement(By.id("wr-position")).getText().replace(",", ""));
      assertTrue(position >= 2, "at least the one holding the line is ahead: " + position);
      assertEquals(
          position - 1,
          Integer.parseInt(driver.findElement(By.id("wr-ahead")).getText().replace(",", "")));
      assertTrue(driver.findElement(By.id("wr-wait")).getText().contains("분"));
      assertEquals("polite", driver.findElement(By.id("waiting-status")).getAttribute("aria-live"));
      browser.screenshot("waiting-room-1-waiting-ko");

      browser.switchToEnglish();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Waiting room"));
      wait.until(d -> d.findElement(By.id("wr-position")).getText().matches("[0-9,]+"));
      assertEquals(
          position,
          Integer.parseInt(driver.findElement(By.id("wr-position")).getText().replace(",", "")),
          "a reload keeps the place");
      browser.screenshot("waiting-room-2-waiting-en");

      // the line moves: the one holding it passes, and this page follows without a reload
      JavascriptExecutor script = (JavascriptExecutor) driver;
      script.executeScript("window.waitedOnThisPage = true;");
      int progressBefore = progressOf(driver);
      operator.rate(0.2);
      wait.until(d -> number(d, "wr-position") < position);
      operator.rate(0.01); // this citizen would be next: hold them here while the page is read
      assertEquals(
          Boolean.TRUE,
          script.executeScript("return window.waitedOnThisPage === true;"),
          "the position changed without a reload");
      assertTrue(
          progressOf(driver) > progressBefore,
          "the bar moves on: " + progressBefore + " -> " + progressOf(driver));
      assertEquals(number(driver, "wr-position") - 1, number(driver, "wr-ahead"));

      operator.rate(200);
      wait.until(ExpectedConditions.urlContains("booking/book.xhtml"));
      assertTrue(driver.getCurrentUrl().endsWith("booking/book.xhtml"), driver.getCurrentUrl());
      browser.screenshot("waiting-room-3-admitted-en");
    }
  }

  @Test
  void theOperatorSeesTheLineAndChangesTheRate() {
    try (WaitingRoomOperator operator = new WaitingRoomOperator(base);
        Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base + "operator/waiting-room.xhtml");
      browser.signInAsStaff("operator1", "anshim-demo");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:rate")));
      driver.findElement(By.id("settings:rate")).clear();
      driver.findElement(By.id("settings:rate")).sendKeys("37");
      driver.findElement(By.id("settings:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("settings:messages"), "37"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("figure-rate"), "37"));
      JsonObject figures = operator.figures();
      assertEquals(37.0, figures.getJsonNumber("ratePerSecond").doubleValue());
      browser.screenshot("waiting-room-4-operator");
    }
  }

  private static int number(WebDriver driver, String id) {
    return Integer.parseInt(driver.findElement(By.id(id)).getText().replace(",", ""));
  }

  private static int progressOf(WebDriver driver) {
    return Integer.parseInt(driver.findElement(By.id("wr-progress")).getAttribute("value"));
  }

  private void signIn(WebDriver driver, WebDriverWait wait, Person person) {
    driver.get(base + "identity/sign-in.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in:start")));
    driver.findElement(By.cssSelector("#provider-carrier input[type=radio]")).click();
    driver.findElement(By.id("sign-in:name")).sendKeys(person.name());
    driver.findElement(By.id("sign-in:residentNumber")).sendKeys(person.residentNumber());
    driver.findElement(By.id("sign-in:mobile")).sendKeys(person.mobile());
    driver.findElement(By.id("sign-in:start")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:code")));
    driver.findElement(By.id("sign-in:code")).sendKeys(code(person));
    driver.findElement(By.id("sign-in:answer")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-resident-number")));
  }

  private String code(Person person) {
    String masked = "010-****-" + person.mobile().substring(9);
    String text =
        new CitizenClient(base, "Outbox")
            .get("api/dev/sms-outbox").json().asJsonArray().stream()
                .map(m -> (JsonObject) m)
                .filter(m -> m.getString("recipient").equals(masked))
                .findFirst()
                .orElseThrow()
                .getString("text");
    Matcher code = Pattern.compile("\\[(\\d{6})\\]").matcher(text);
    assertTrue(code.find(), text);
    return code.group(1);
  }
}
