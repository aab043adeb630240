package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.Browser;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import io.anshim.waitingroom.WaitingRoomOperator;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A citizen on a phone signs in, waits in the waiting room, books Pfizer (dose 2 booked with it),
 * sees "my bookings" and cancels, in Korean and in English, with screenshots.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class BookingBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return BookingTestDeployment.earWithTestHooks();
  }

  private final URL base = new BookingServer().url();

  record Labels(
      String language,
      String bookTitle,
      String province,
      String vaccine,
      String booked,
      String cancelled) {}

  @Test
  void aCitizenBooksSeesMyBookingsAndCancelsInKorean() {
    journey(new Labels("ko", "예방접종 예약", "서울특별시", "화이자", "예약됨", "취소됨"));
  }

  @Test
  void aCitizenBooksSeesMyBookingsAndCancelsInEnglish() {
    journey(
        new Labels(
            "en",
            "Book a vaccination",
            "Seoul",
            "Pfizer-BioNTech Comirnaty",
            "Booked",
            "Cancelled"));
  }

  /**
   * The whole journey of issue 5: verify identity on the sign-in page, wait in the waiting room
   * (visibly: the rate is set low with people ahead, then raised), book a slot with dose 2, see "my
   * bookings", cancel.
   */
  private void journey(Labels labels) {
    Person person = Person.any(labels.language().equals("ko") ? "박예약" : "Park Booking");
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
      // Ajax updates replace the rows a condition is reading: a stale row means "look again"
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      wait.ignoring(StaleElementReferenceException.class);
      driver.get(base + "identity/sign-in.xhtml");
      if (labels.language().equals("en")) {
        browser.switchToEnglish();
        wait.until(
            ExpectedConditions.textToBe(By.tagName("h1"), "Sign in with identity verification"));
      }
      driver.findElement(By.cssSelector("#provider-carrier input[type=radio]")).click();
      driver.findElement(By.id("sign-in:name")).sendKeys(person.name());
      driver.findElement(By.id("sign-in:residentNumber")).sendKeys(person.residentNumber());
      driver.findElement(By.id("sign-in:mobile")).sendKeys(person.mobile());
      driver.findElement(By.id("sign-in:start")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:code")));
      driver.findElement(By.id("sign-in:code")).sendKeys(codeSentTo(base, person));
      browser.screenshot("booking-0-verify-identity-" + labels.language());
      driver.findElement(By.id("sign-in:answer")).click();

      wait.until(ExpectedConditions.elementToBeClickable(By.id("citizen:book-link"))).click();
      wait.until(ExpectedConditions.urlContains("booking/waiting-room.xhtml"));
      wait.until(d -> d.findElement(By.id("wr-position")).getText().matches("[0-9,]+"));
      int position =
          Integer.parseInt(driver.findElement(By.id("wr-position")).getText().replace(",", ""));
      assertTrue(position >= 2, "someone is ahead: " + position);
      browser.screenshot("booking-0-waiting-room-" + labels.language());
      operator.rate(50);
      wait.until(ExpectedConditions.urlContains("booking/book.xhtml"));
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), labels.bookTitle()));
      browser.choose("book:province", labels.province());
      browser.choose("book:vaccine", labels.vaccine());
      driver.findElement(By.id("book:search-centers")).click();
      WebElement day =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".day-button:not(.ui-state-disabled)")));
      browser.screenshot("booking-1-centers-" + labels.language());
      day.click();
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".slot-button:not(.ui-state-disabled)")))
          .click();
      scrollTo(
          driver, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("book:confirm"))));
      assertTrue(driver.findElement(By.id("confirm-next")).isDisplayed(), "dose 2 is announced");
      browser.screenshot("booking-2-confirm-" + labels.language());
      driver.findElement(By.id("book:confirm")).click();

      wait.until(ExpectedConditions.numberOfElementsToBe(By.className("booked-dose"), 2));
      browser.screenshot("booking-3-booked-" + labels.language());
      driver.findElement(By.id("book:to-my-bookings")).click();

      wait.until(ExpectedConditions.numberOfElementsToBe(By.className("booking-status"), 2));
      wait.until(
          d ->
              d.findElements(By.className("booking-status")).stream()
                  .map(WebElement::getText)
                  .toList()
                  .equals(List.of(labels.booked(), labels.booked())));
      browser.screenshot("booking-4-my-bookings-" + labels.language());
      driver.findElements(By.className("cancel-button")).get(0).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      wait.until(
          d ->
              d.findElements(By.className("booking-status")).stream()
                  .allMatch(s -> s.getText().equals(labels.cancelled())));
      browser.screenshot("booking-5-cancelled-" + labels.language());
    }
  }

  static void scrollTo(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(false);", element);
  }

  static String codeSentTo(URL base, Person person) {
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
