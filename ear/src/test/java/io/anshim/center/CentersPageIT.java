package io.anshim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Browser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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

/** The public "vaccination centers" page in a real browser on a phone-sized screen. */
@ExtendWith(ArquillianExtension.class)
class CentersPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aCitizenChoosesAProvinceSeesCentersAndSwitchesToEnglish() {
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      driver.get(base + "centers.xhtml");

      assertEquals("예방접종센터", driver.findElement(By.tagName("h1")).getText());
      assertEquals("ko", driver.findElement(By.tagName("html")).getAttribute("lang"));
      assertTrue(driver.findElement(By.id("choose-province-hint")).isDisplayed());
      browser.screenshot("centers-1-empty-ko");

      browser.choose("search:province", "서울특별시");
      List<WebElement> rows =
          wait.until(
              ExpectedConditions.numberOfElementsToBeMoreThan(
                  By.cssSelector("[id='search:centers_data'] > tr"), 0));
      assertEquals(10, rows.size(), "the first page shows 10 centers");
      assertTrue(rows.get(0).getText().contains("종로구 예방접종센터"), rows.get(0).getText());
      browser.screenshot("centers-2-seoul-ko");

      browser.choose("search:district", "중구");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[id='search:centers_data'] > tr"), "중구 예방접종센터"));
      browser.screenshot("centers-3-seoul-junggu-ko");

      browser.switchToEnglish();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vaccination centers"));
      assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[id='search:centers_data'] > tr"), "Jung-gu"));
      browser.screenshot("centers-4-seoul-junggu-en");

      assertEverythingCameFromOurServer(browser);
    }
  }

  @Test
  void theHomePageLeadsToTheCenters() {
    try (Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      driver.get(base.toString());
      browser.screenshot("home-ko");
      driver.findElement(By.id("find-centers")).click();
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.textToBe(By.tagName("h1"), "예방접종센터"));
    }
  }

  private void assertEverythingCameFromOurServer(Browser browser) {
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            browser
                .driver()
                .executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    String origin = base.getProtocol() + "://" + base.getAuthority() + "/";
    assertTrue(!resources.isEmpty(), "the page loads scripts and styles");
    for (String resource : resources) {
      assertTrue(resource.startsWith(origin), "loaded from elsewhere: " + resource);
    }
  }
}
