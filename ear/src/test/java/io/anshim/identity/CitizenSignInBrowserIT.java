package io.anshim.identity;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen signs in on a phone, in Korean and in English, and sees their masked number. */
@ExtendWith(ArquillianExtension.class)
class CitizenSignInBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aCitizenSignsInWithTheMobileCarrierOnAPhoneInKorean() {
    Person person = Person.any("김폰");
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      driver.get(base + "identity/sign-in.xhtml");
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "본인인증으로 로그인"));
      // the light averages every carrier call of the last 15 s, an earlier test's included: a
      // stall on a busy machine may turn it yellow for a moment; the page refreshes it every 5 s
      wait.until(ExpectedConditions.attributeToBe(By.id("light-carrier"), "data-light", "GREEN"));
      assertTrue(driver.findElement(By.id("light-carrier")).getText().contains("원활"));
      browser.screenshot("identity-1-sign-in-ko");

      fillIn(driver, "carrier", person);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:code")));
      browser.screenshot("identity-2-code-ko");
      driver.findElement(By.id("sign-in:code")).sendKeys(codeSentTo(person, "\\[(\\d{6})\\]"));
      driver.findElement(By.id("sign-in:answer")).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-resident-number")));
      assertEquals(person.masked(), driver.findElement(By.id("citizen-resident-number")).getText());
      assertEquals("김폰", driver.findElement(By.id("citizen-name")).getText());
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains("내 안심"));
      assertTrue(driver.getPageSource().contains("(이 기기)"));
      browser.screenshot("identity-3-citizen-home-ko");
    }
  }

  @Test
  void aCitizenSignsInWithTheMessengerAppOnAPhoneInEnglish() {
    Person person = Person.any("Kim Phone");
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      driver.get(base + "identity/sign-in.xhtml");
      browser.switchToEnglish();
      wait.until(
          ExpectedConditions.textToBe(By.tagName("h1"), "Sign in with identity verification"));
      browser.screenshot("identity-4-sign-in-en");

      fillIn(driver, "messenger", person);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:continue")));
      browser.screenshot("identity-5-approve-in-app-en");

      // the person's messenger app opens the link of its notification and approves
      String link =
          textSentTo(person).replaceAll("(?s).*(/identity/approve\\.xhtml\\?\\S+).*", "$1");
      String signInTab = driver.getWindowHandle();
      driver.switchTo().newWindow(WindowType.TAB);
      driver.get(base + link.substring(1));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("approve:approve-button"))).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("approve:messages"), "Approved"));
      browser.screenshot("identity-6-approved-en");
      driver.close();
      driver.switchTo().window(signInTab);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in:continue"))).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-resident-number")));
      assertEquals(person.masked(), driver.findElement(By.id("citizen-resident-number")).getText());
      assertTrue(driver.findElement(By.tagName("h1")).getText().contains("My Anshim"));
      browser.screenshot("identity-7-citizen-home-en");
    }
  }

  private static void fillIn(WebDriver driver, String provider, Person person) {
    driver.findElement(By.cssSelector("#provider-" + provider + " input[type=radio]")).click();
    driver.findElement(By.id("sign-in:name")).sendKeys(person.name());
    driver.findElement(By.id("sign-in:residentNumber")).sendKeys(person.residentNumber());
    driver.findElement(By.id("sign-in:mobile")).sendKeys(person.mobile());
    driver.findElement(By.id("sign-in:start")).click();
  }

  /** The newest message of the demo outbox to this person's (masked) mobile number. */
  private String textSentTo(Person person) {
    String masked = "010-****-" + person.mobile().substring(9);
    return new CitizenClient(base, "Outbox")
        .get("api/dev/sms-outbox").json().asJsonArray().stream()
            .map(m -> (JsonObject) m)
            .filter(m -> m.getString("recipient").equals(masked))
            .findFirst()
            .orElseThrow()
            .getString("text");
  }

  private String codeSentTo(Person person, String pattern) {
    Matcher code = Pattern.compile(pattern).matcher(textSentTo(person));
    assertTrue(code.find());
    return code.group(1);
  }
}
