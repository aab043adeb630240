package io.anshim.booking.leftover;

import static io.anshim.vaccination.VaccinationTestDeployment.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.Browser;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import io.anshim.vaccination.VaccinationTestDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen on a phone in Busan: signs in, lets the page read the location, sees the nearest center
 * with leftover doses first and takes one.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class LeftoverPageBrowserIT {

  private static final Pattern CODE = Pattern.compile("\\[(\\d{6})\\]");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return VaccinationTestDeployment.earWithTestHooks();
  }

  @Test
  void aCitizenFindsLeftoverDosesNearTheirLocationAndTakesOne() {
    Api vaccinator3 = new Api(base()).as("vaccinator3", "anshim-demo");
    JsonObject offer =
        vaccinator3
            .post(
                "api/vaccinator/leftovers",
                Json.createObjectBuilder().add("vaccineCode", "MODERNA").add("count", 2).build())
            .object();
    long offerId = offer.getJsonNumber("id").longValue();
    int remainingBefore = offer.getInt("remaining");
    Person person = Person.any("잔여폰");

    try (Browser browser = new Browser(Browser.PHONE)) {
      ChromeDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base() + "identity/sign-in.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:name")));
      driver.findElement(By.cssSelector("#provider-carrier input[type=radio]")).click();
      driver.findElement(By.id("sign-in:name")).sendKeys(person.name());
      driver.findElement(By.id("sign-in:residentNumber")).sendKeys(person.residentNumber());
      driver.findElement(By.id("sign-in:mobile")).sendKeys(person.mobile());
      driver.findElement(By.id("sign-in:start")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:code")));
      driver.findElement(By.id("sign-in:code")).sendKeys(codeSentTo(person));
      driver.findElement(By.id("sign-in:answer")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-resident-number")));

      // the phone is at Busan station and allows the page to read its location
      driver.executeCdpCommand(
          "Browser.grantPermissions",
          Map.of(
              "permissions",
              List.of("geolocation"),
              "origin",
              base().toString().replaceAll("/$", "")));
      driver.executeCdpCommand(
          "Emulation.setGeolocationOverride",
          Map.of("latitude", 35.1151, "longitude", 129.0422, "accuracy", 50));
      // the list is public; taking a dose needs the waiting room, which sends the citizen back here
      driver.get(base() + "booking/waiting-room.xhtml?next=leftovers");
      wait.until(ExpectedConditions.urlContains("/leftovers.xhtml"));
      wait.until(ExpectedConditions.elementToBeClickable(By.id("leftovers:near-me"))).click();

      WebElement nearest =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("section.leftover-center")));
      assertTrue(
          nearest.findElement(By.tagName("h2")).getText().contains("부산 중구"), nearest::getText);
      assertTrue(nearest.getText().contains("km"), nearest::getText);
      browser.screenshot("leftovers-1-near-busan-station");

      WebElement moderna = nearest.findElement(By.xpath(".//li[contains(., '모더나')]"));
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block:'center'})", moderna);
      moderna.findElement(By.tagName("button")).click();
      WebElement taken =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leftovers:taken")));
      assertTrue(taken.getText().contains("모더나"), taken::getText);
      assertTrue(taken.getText().contains("1차"), taken::getText);
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block:'start'})", taken);
      browser.screenshot("leftovers-2-taken");
    }
    int remainingAfter =
        vaccinator3.get("api/vaccinator/leftovers").json().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getJsonNumber("id").longValue() == offerId)
            .findFirst()
            .orElseThrow()
            .getInt("remaining");
    assertEquals(remainingBefore - 1, remainingAfter);
  }

  private static String codeSentTo(Person person) {
    String masked = "010-****-" + person.mobile().substring(9);
    String text =
        new CitizenClient(base(), "Outbox")
            .get("api/dev/sms-outbox").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(m -> m.getString("recipient").equals(masked))
                .findFirst()
                .orElseThrow()
                .getString("text");
    Matcher code = CODE.matcher(text);
    assertTrue(code.find(), text);
    return code.group(1);
  }
}
