package io.hindsight.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through its chromedriver; Selenium Manager never downloads a browser.
 * Without Chromium the browser tests are skipped on a developer machine and fail where {@code
 * hindsight.browser.required} is set (CI installs it).
 */
public final class Chromium {

  private Chromium() {}

  /**
   * Waits, up to 20 s, until the browser has navigated to an address containing {@code fragment}.
   */
  public static String awaitUrl(WebDriver browser, String fragment) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains(fragment));
    return browser.getCurrentUrl();
  }

  /**
   * Clicks a button that posts its page and waits, up to 20 s, until the answer has replaced it.
   * Chromium reports a button already detached from the page either as stale or as a node that
   * "does not belong to the document"; both mean replaced.
   */
  public static void clickAndAwaitReplaced(WebDriver browser, WebElement button) {
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d -> {
              try {
                button.isEnabled();
                return false;
              } catch (StaleElementReferenceException replaced) {
                return true;
              } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }

  /**
   * Waits, up to 20 s, until the element found by {@code locator} shows {@code expected}, across
   * page reloads, and returns the text it showed.
   */
  public static String awaitText(
      WebDriver browser, org.openqa.selenium.By locator, String expected) {
    return acrossReloads(browser)
        .until(
            d ->
                whileSettled(
                    () -> {
                      String text = d.findElement(locator).getText();
                      return text.contains(expected) ? text : null;
                    }));
  }

  /**
   * Replaces the whole text of a field at once, as a paste does, and tells the page's scripts with
   * an {@code input} event (sendKeys would type a long text key by key).
   */
  public static void pasteInto(
      WebDriver browser, org.openqa.selenium.WebElement field, String text) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            field,
            text);
  }

  /**
   * Waits, up to 20 s, until the element found by {@code locator} has a {@code value} other than
   * {@code previous} (an Ajax update replaces the element), and returns it.
   */
  public static String awaitNewValue(
      WebDriver browser, org.openqa.selenium.By locator, String previous) {
    return acrossReloads(browser)
        .until(
            d ->
                whileSettled(
                    () -> {
                      String value = d.findElement(locator).getAttribute("value");
                      return value == null || value.isEmpty() || value.equals(previous)
                          ? null
                          : value;
                    }));
  }

  private static WebDriverWait acrossReloads(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
    return wait;
  }

  /**
   * Runs one look at the page, and answers "not yet" where Chromium replaced the document while the
   * look was under way: its inspector then reports a node that "does not belong to the document"
   * rather than a stale element.
   */
  private static <T> T whileSettled(java.util.function.Supplier<T> look) {
    try {
      return look.get();
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  public static WebDriver start() {
    Path driver = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    Path browser = Path.of(System.getProperty("hindsight.chromium", "/usr/bin/chromium"));
    boolean present = Files.isExecutable(driver) && Files.isExecutable(browser);
    if (!present) {
      if (Boolean.getBoolean("hindsight.browser.required")) {
        fail(
            "Chromium and chromedriver are required here: apt-get install chromium chromium-driver");
      }
      Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return chrome;
  }
}
