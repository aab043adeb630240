package io.anshim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.Browser;
import java.net.URL;
import java.time.Duration;
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

/** An operator signs in, edits a center on the operator screen, and citizens see the change. */
@ExtendWith(ArquillianExtension.class)
class OperatorCenterPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void anOperatorEditsACenterAndABlankNameIsRefused() {
    try (Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

      driver.get(base + "operator/center.xhtml?id=26");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
      browser.screenshot("operator-1-sign-in");
      driver.findElement(By.id("j_username")).sendKeys("operator1");
      driver.findElement(By.id("j_password")).sendKeys("anshim-demo");
      driver.findElement(By.id("login-submit")).click();

      WebElement nameKo =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:nameKo")));
      assertEquals("부산 중구 예방접종센터", nameKo.getAttribute("value"));
      nameKo.clear();
      nameKo.sendKeys("부산 중구 접종센터 (이전)");
      driver.findElement(By.id("edit:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("edit:messages"), "저장했습니다"));
      browser.screenshot("operator-2-saved");

      JsonCenters busan = new JsonCenters(new Api(base));
      assertEquals("부산 중구 접종센터 (이전)", busan.nameOf(26));

      WebElement nameEn = driver.findElement(By.id("edit:nameEn"));
      nameEn.clear();
      driver.findElement(By.id("edit:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("edit"), "센터의 영문 이름을 입력하세요."));
      browser.screenshot("operator-3-blank-name-refused");
      assertTrue(busan.englishNameOf(26).startsWith("Busan"), "the refused edit changed nothing");
    }
  }

  @Test
  void aVaccinatorMayNotOpenOperatorScreens() {
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      driver.get(base + "operator/centers.xhtml");
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
      driver.findElement(By.id("j_username")).sendKeys("vaccinator1");
      driver.findElement(By.id("j_password")).sendKeys("anshim-demo");
      driver.findElement(By.id("login-submit")).click();
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(ExpectedConditions.textToBe(By.tagName("h1"), "권한 없음"));
      browser.screenshot("operator-4-vaccinator-forbidden");
    }
  }

  /** Reads Busan's centers through the public API. */
  private record JsonCenters(Api api) {

    String nameOf(long id) {
      return center(id).getJsonObject("name").getString("ko");
    }

    String englishNameOf(long id) {
      return center(id).getJsonObject("name").getString("en");
    }

    private jakarta.json.JsonObject center(long id) {
      return api.get("api/centers?province=26&size=100").object().getJsonArray("items").stream()
          .map(jakarta.json.JsonValue::asJsonObject)
          .filter(c -> c.getJsonNumber("id").longValue() == id)
          .findFirst()
          .orElseThrow();
    }
  }
}
