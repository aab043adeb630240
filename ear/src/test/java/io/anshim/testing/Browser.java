package io.anshim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (never a downloaded browser), with
 * screenshots saved under target/screenshots for a person to look at.
 */
public final class Browser implements AutoCloseable {

  public static final Dimension PHONE = new Dimension(390, 844);
  public static final Dimension LAPTOP = new Dimension(1280, 900);

  private final ChromeDriver driver;
  private final Path screenshots;
  private final Path profile;

  /** {@code extraArguments}: further Chromium switches, e.g. a fake camera. */
  public Browser(Dimension size, String... extraArguments) {
    try {
      profile = Files.createTempDirectory("anshim-chromium");
      screenshots = Path.of(System.getProperty("anshim.screenshots", "target/screenshots"));
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=" + size.width + "," + size.height,
        "--lang=ko-KR");
    options.addArguments(extraArguments);
    // a Korean phone: the portal must start in Korean
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ko-KR,ko"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Saves the page as it looks now, as target/screenshots/&lt;db&gt;/NAME.png. */
  public Path screenshot(String name) {
    try {
      Path file = screenshots.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a PrimeFaces select menu and picks the item with the given label. A busy machine can
   * swallow a click while the panel is still sliding open (or lies under the page header), so after
   * the first try the item is clicked by script, and the whole choice is tried again until the menu
   * shows the label. Returns once the menu's own Ajax request (if it has one) has been answered.
   */
  public void choose(String menuId, String label) {
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    By shown = By.id(menuId + "_label");
    for (int attempt = 1; ; attempt++) {
      try {
        if (attempt == 1 || !isShown(item)) { // clicking the menu again would close an open panel
          new WebDriverWait(driver, Duration.ofSeconds(30))
              .until(ExpectedConditions.elementToBeClickable(By.id(menuId)))
              .click();
        }
        WebElement option =
            new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(item));
        if (attempt == 1) {
          option.click();
        } else {
          driver.executeScript("arguments[0].click();", option);
        }
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.textToBe(shown, label));
        waitForAjax();
        return;
      } catch (WebDriverException notTaken) {
        if (attempt == 4) {
          throw notTaken;
        }
      }
    }
  }

  /** Waits until PrimeFaces has no Ajax request in flight or queued. */
  public void waitForAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private boolean isShown(By element) {
    return driver.findElements(element).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Signs a staff member in on the sign-in form the server showed for a staff page. */
  public void signInAsStaff(String user, String password) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
    driver.findElement(By.id("j_username")).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys(password);
    leavePage(() -> driver.findElement(By.id("login-submit")).click());
  }

  /** Switches the page to English with the language link every page has. */
  public void switchToEnglish() {
    leavePage(
        () ->
            new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("session-form:lang-en")))
                .click());
  }

  /**
   * Runs an action that loads another page (a form posted without Ajax, a link) and waits until
   * that page has loaded. The old page is told apart by a mark set on it, not by one of its
   * elements: chromedriver answers a question about an element of a page being left with an error
   * ("does not belong to the document") instead of "stale", and a condition on an element that both
   * pages have could also pass on the old one.
   */
  public void leavePage(Runnable action) {
    driver.executeScript("window.anshimOldPage = true;");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return window.anshimOldPage !== true"
                            + " && document.readyState === 'complete';")));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
