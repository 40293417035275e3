package io.hindsight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * An integration test in real headless Chromium ({@link Chromium}), a fresh browser for each test,
 * against the deployed WAR.
 */
public abstract class InChromium extends OverHttp {

  protected WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Chromium.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * Opens {@code page}, which sends the browser to the login page, signs in there as a demo user
   * and waits until the browser is back on {@code page}; returns the address it is at.
   */
  protected String signInAt(String page, String user) {
    browser.get(base + page);
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(DemoUsers.passwordOf(user), Keys.ENTER);
    int query = page.indexOf('?');
    return Chromium.awaitUrl(browser, "/" + (query < 0 ? page : page.substring(0, query)));
  }

  /** Signs out with the button every page has and waits for the login page. */
  protected String signOut() {
    browser.findElement(By.id("logout:sign-out")).click();
    return Chromium.awaitUrl(browser, "/login.xhtml");
  }
}
