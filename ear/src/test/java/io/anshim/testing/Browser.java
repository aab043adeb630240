package io.anshim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
   * shows the label.
   */
  public void choose(String menuId, String label) {
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
    By shown = By.id(menuId + "_label");
    for (int attempt = 1; ; attempt++) {
      try {
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(By.id(menuId)))
            .click();
        WebElement option =
            new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(item));
        if (attempt == 1) {
          option.click();
        } else {
          ((JavascriptExecutor) driver).executeScript("arguments[0].click();", option);
        }
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.textToBe(shown, label));
        return;
      } catch (WebDriverException notTaken) {
        if (attempt == 4) {
          throw notTaken;
        }
      }
    }
  }

  /** Signs a staff member in on the sign-in form the server showed for a staff page. */
  public void signInAsStaff(String user, String password) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
    driver.findElement(By.id("j_username")).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
