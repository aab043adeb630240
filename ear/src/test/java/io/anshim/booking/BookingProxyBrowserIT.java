package io.anshim.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.Browser;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A family member books for their grandmother on the booking page ("for a family member"), where a
 * window (born 1900, proxy allowed for CHILD) allows it; the booking shows under "booked by you for
 * others" in their "my bookings". Korean, phone; screenshots {@code booking-proxy-*}.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class BookingProxyBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return BookingTestDeployment.earWithTestHooks();
  }

  private final BookingServer server = new BookingServer();
  private final URL base = server.url();

  @Test
  void aChildBooksForTheirGrandmotherOnTheBookingPage() {
    LocalDateTime yesterday = BookingServer.today().minusDays(1).atStartOfDay();
    Api.Reply created =
        server
            .operator()
            .post(
                "api/operator/booking-windows",
                Json.createObjectBuilder()
                    .add("nameKo", "IT 대리 1900")
                    .add("nameEn", "IT proxy 1900")
                    .add("bornFromYear", 1900)
                    .add("bornToYear", 1900)
                    .add("opensAt", yesterday.toString())
                    .add("closesAt", yesterday.plusDays(30).toString())
                    .add("proxyAllowed", true)
                    .add("proxyRelationships", Json.createArrayBuilder().add("CHILD"))
                    .build());
    assertEquals(201, created.status(), created::toString);
    long window = created.object().getJsonNumber("id").longValue();
    Person child = Person.any("김손자");
    Person grandmother = Person.bornOn("이할머니", LocalDate.of(1900, 6, 16));
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base + "identity/sign-in.xhtml");
      driver.findElement(By.cssSelector("#provider-carrier input[type=radio]")).click();
      driver.findElement(By.id("sign-in:name")).sendKeys(child.name());
      driver.findElement(By.id("sign-in:residentNumber")).sendKeys(child.residentNumber());
      driver.findElement(By.id("sign-in:mobile")).sendKeys(child.mobile());
      driver.findElement(By.id("sign-in:start")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:code")));
      driver.findElement(By.id("sign-in:code")).sendKeys(BookingBrowserIT.codeSentTo(base, child));
      driver.findElement(By.id("sign-in:answer")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("citizen:book-link"))).click();
      wait.until(ExpectedConditions.urlContains("booking/book.xhtml"));
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "예방접종 예약"));

      driver.findElement(By.cssSelector("[id='book:for-other'] .ui-chkbox-box")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("book:other-name")))
          .sendKeys(grandmother.name());
      driver.findElement(By.id("book:other-rrn")).sendKeys(grandmother.residentNumber());
      browser.choose("book:relationship", "자녀");
      browser.choose("book:province", "서울특별시");
      browser.choose("book:vaccine", "화이자");
      driver.findElement(By.id("book:search-centers")).click();
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".day-button:not(.ui-state-disabled)")))
          .click();
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".slot-button:not(.ui-state-disabled)")))
          .click();
      WebElement confirm =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("book:confirm")));
      BookingBrowserIT.scrollTo(driver, confirm);
      assertTrue(
          driver.findElement(By.id("confirm-for")).getText().contains(grandmother.name()),
          driver.findElement(By.id("confirm-for")).getText());
      browser.screenshot("booking-proxy-1-confirm-ko");
      confirm.click();
      wait.until(ExpectedConditions.numberOfElementsToBe(By.className("booked-dose"), 2));
      browser.screenshot("booking-proxy-2-booked-ko");

      // the citizen's links in the page header: book, my bookings, leftovers
      assertEquals(1, driver.findElements(By.id("nav-book")).size());
      assertEquals(1, driver.findElements(By.id("nav-leftovers")).size());
      driver.findElement(By.id("nav-my-bookings")).click();
      WebElement others =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mine:others-section")));
      assertEquals(2, others.findElements(By.className("booking-relationship")).size());
      assertTrue(others.getText().contains("자녀"), others::getText);
      BookingBrowserIT.scrollTo(driver, others);
      browser.screenshot("booking-proxy-3-my-bookings-ko");
    } finally {
      Api.Reply deleted = server.operator().delete("api/operator/booking-windows/" + window);
      assertEquals(204, deleted.status(), deleted::toString);
    }
  }
}
