package io.anshim.booking.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.Browser;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator creates a booking window on the screen (a bad one is refused with a clear message),
 * and a citizen of its cohort sees their booking day in plain words.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class BookingWindowsPageIT {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void anOperatorCreatesAWindowAndTheCitizenSeesTheirBookingDay() {
    PolicyWindowsFixture fixture = new PolicyWindowsFixture(base);
    fixture.removeLeftovers();
    LocalDateTime opens = PolicyWindowsFixture.today().plusDays(2).atTime(20, 0);
    try (Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base + "operator/booking-windows.xhtml");
      browser.signInAsStaff("operator1", "anshim-demo");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("windows:nameKo")));
      assertTrue(driver.getPageSource().contains("성인 전체"), "the demo windows are listed");
      for (String link :
          List.of(
              "nav-booking-windows",
              "nav-waiting-room",
              "nav-ledger",
              "nav-staff-accounts",
              "nav-certificates")) {
        assertEquals(1, driver.findElements(By.id(link)).size(), "operator nav: " + link);
      }

      type(driver, "windows:nameKo", "IT 화면 1905년생");
      type(driver, "windows:nameEn", "IT screen born 1905");
      type(driver, "windows:bornFrom", "1905");
      type(driver, "windows:bornTo", "1905");
      type(driver, "windows:opensAt", MINUTES.format(opens));
      type(driver, "windows:closesAt", MINUTES.format(opens.minusHours(1)));
      driver.findElement(By.id("windows:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("windows"), "종료 시각은 시작 시각보다 늦어야 합니다."));
      top(driver);
      browser.screenshot("booking-windows-1-refused");

      type(driver, "windows:closesAt", MINUTES.format(opens.plusDays(7)));
      driver.findElement(By.id("windows:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("windows:messages"), "저장했습니다"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("windows:window-table"), "IT 화면 1905년생"));
      top(driver);
      browser.screenshot("booking-windows-2-saved");

      List<JsonObject> mine =
          fixture.operator().get("api/operator/booking-windows").json().asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .filter(w -> w.getJsonObject("name").getString("en").equals("IT screen born 1905"))
              .toList();
      assertEquals(1, mine.size());
      assertEquals(opens.toString(), mine.get(0).getString("opensAt").substring(0, 16));

      Person person = Person.bornOn("한시민", LocalDate.of(1905, 7, 7));
      CitizenClient citizen = new CitizenClient(base, "policy-it page").inLanguage("en");
      citizen.signInWithCarrier(person);
      JsonObject day = citizen.get("api/booking/eligibility").object();
      assertEquals("NOT_YET", day.getJsonObject("day").getString("state"), day::toString);
      assertTrue(day.getString("text").contains("from 20:00"), day::toString);
      Api.Reply page = citizen.get("citizen/booking-day.xhtml");
      assertEquals(200, page.status(), page::toString);
      String html = page.body();
      boolean korean = html.contains(opens.getDayOfMonth() + "일 20:00부터입니다");
      boolean english = html.contains("from 20:00 (Korea time)");
      assertTrue(html.contains("id=\"booking-day-text\"") && (korean || english), html);

      driver.findElement(By.id("windows:nameKo")); // still on the page
      browser.screenshot("booking-windows-3-list");
    } finally {
      fixture.removeLeftovers();
    }
  }

  @Test
  void anOperatorAddsAListOfPeopleToAPriorityGroupAllOrNothing() {
    String group = "CARE_" + System.nanoTime() % 1_000_000_000L;
    try (Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base + "operator/booking-windows.xhtml");
      browser.signInAsStaff("operator1", "anshim-demo");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:member-group")));

      type(driver, "members:member-group", group);
      type(driver, "members:member-numbers", "900101-1234567\n\n850505-2345678\n12345\n");
      driver.findElement(By.id("members:add-members")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("members:members-messages"), "4번째 줄"));
      assertTrue(
          driver.findElement(By.id("members:members-messages")).getText().contains("아무도"),
          "nothing was added");
      browser.screenshot("priority-group-1-refused");

      type(driver, "members:member-numbers", "900101-1234567\n850505-2345678\n900101-1234567");
      driver.findElement(By.id("members:add-members")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("members:members-messages"), "2명 추가, 0명은 이미"));
      assertTrue(
          driver.findElement(By.id("members:members-messages")).getText().contains("2명입니다"),
          "the refused list added nobody: "
              + driver.findElement(By.id("members:members-messages")).getText());
      assertEquals("", driver.findElement(By.id("members:member-numbers")).getAttribute("value"));
      browser.screenshot("priority-group-2-added");
    }
    Api.Reply again =
        new Api(base)
            .as("operator1", "anshim-demo")
            .post(
                "api/operator/priority-groups/" + group + "/members",
                jakarta.json.Json.createObjectBuilder()
                    .add("residentNumber", "850505-2345678")
                    .build());
    assertEquals(200, again.status(), "a member already: " + again);
    assertEquals(2, again.object().getInt("groupSize"));
  }

  /** Scrolls up to the messages, so the screenshot shows what the operator is told. */
  private static void top(WebDriver driver) {
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
