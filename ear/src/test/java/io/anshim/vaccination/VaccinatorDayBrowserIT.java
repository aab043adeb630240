package io.anshim.vaccination;

import static io.anshim.vaccination.VaccinationTestDeployment.base;
import static io.anshim.vaccination.VaccinationTestDeployment.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.Browser;
import io.anshim.testing.CitizenClient.Person;
import io.anshim.vaccination.VaccinationTestDeployment.Hooks;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A vaccinator signs in on a phone, finds the person on today's list and records the dose. */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class VaccinatorDayBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return VaccinationTestDeployment.earWithTestHooks();
  }

  private final Hooks hooks = new Hooks();

  @Test
  void aVaccinatorRecordsADoseOnTheDayPage() {
    String name = "접종" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    Person person = Person.any(name);
    long citizen = VaccinatorDayIT.citizen(person);
    hooks.book(citizen, 1, "PFIZER", 1, today(), LocalTime.of(0, 0));

    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base() + "vaccinator/day.xhtml");
      browser.signInAsStaff("vaccinator1", "anshim-demo");

      By row = By.xpath("//tr[.//span[@class='person-name' and text()='" + name + "']]");
      WebElement booked = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
      scrollTo(driver, booked);
      browser.screenshot("vaccinator-1-day");
      booked.findElement(By.cssSelector("button[id$=':record']")).click();

      WebElement lot =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dose-form:lot")));
      // The dialog moves the focus to the lot field a moment after it shows; typing before
      // that would send the rest of the keys to wherever the focus was.
      wait.until(d -> lot.equals(d.switchTo().activeElement()));
      lot.sendKeys("ew0182");
      assertEquals("ew0182", lot.getDomProperty("value"));
      browser.screenshot("vaccinator-2-dose-dialog");
      driver.findElement(By.id("dose-form:save-dose")).click();

      wait.withMessage(() -> "the dose dialog said: " + doseMessages(driver))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.id("dose-form:lot")));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "접종 완료"));
      scrollTo(driver, driver.findElement(row));
      browser.screenshot("vaccinator-3-recorded");
    }
    List<String> records = hooks.records(citizen);
    assertEquals(1, records.size(), records::toString);
    assertEquals(
        "1|2|PFIZER|EW0182|vaccinator1",
        String.join("|", List.of(records.get(0).split("\\|")).subList(0, 5)));
  }

  private static String doseMessages(WebDriver driver) {
    return driver.findElements(By.id("dose-form:dose-messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("(no messages)");
  }

  private static void scrollTo(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'})", element);
  }
}
