package io.hindsight.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.Chromium;
import io.hindsight.testing.GeneratedRunbooks;
import io.hindsight.testing.InChromium;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium, the catalog of a generated repository of more than a thousand runbooks in
 * nested folders: every page of it by "Next", each under 100 KB; then into a folder and below, a
 * lint rule chosen in the filter form, and the lint report of that rule; and searching it, page by
 * page, with the matched terms marked.
 */
class CatalogBrowserIT extends InChromium {

  @Test
  void pagesThroughTheWholeCatalogThenFiltersByFolderAndLintRule() {
    String key = GeneratedRunbooks.registered(api("admin"));
    int all = GeneratedRunbooks.RUNBOOKS + GeneratedRunbooks.INDEX_PAGES;
    signInAt("runbooks.xhtml?repo=" + key, "viewer");
    assertThat(range()).isEqualTo(String.format("1–50 of %,d", all));

    Set<String> seen = new HashSet<>();
    int pages = 0;
    long largest = 0;
    while (true) {
      pages++;
      largest = Math.max(largest, bodyBytes());
      List<WebElement> paths = browser.findElements(By.cssSelector("#runbooks td .muted.small"));
      paths.forEach(path -> seen.add(path.getText()));
      if (browser.findElements(By.id("next-page")).isEmpty()) {
        break;
      }
      String before = range();
      browser.findElement(By.id("next-page")).click();
      Chromium.awaitUrl(browser, "page=" + (pages + 1));
      assertThat(range()).isNotEqualTo(before);
    }
    assertThat(pages).isEqualTo((all + 49) / 50);
    assertThat(seen).hasSize(all);
    assertThat(largest).isLessThanOrEqualTo(LargeCatalogIT.MAX_PAGE_BYTES);

    browser.findElement(By.id("previous-page")).click();
    Chromium.awaitUrl(browser, "page=" + (pages - 1));

    browser.findElement(By.xpath("//nav[@id='folders']//a[starts-with(., 'team-02')]")).click();
    Chromium.awaitUrl(browser, "folder=runbooks%2Fteam-02");
    assertThat(browser.getCurrentUrl()).doesNotContain("page=");
    int team = GeneratedRunbooks.SERVICES * GeneratedRunbooks.PER_SERVICE + 1;
    assertThat(range()).isEqualTo("1–50 of " + team);
    browser.findElement(By.xpath("//nav[@id='folders']//a[starts-with(., 'svc-01')]")).click();
    Chromium.awaitUrl(browser, "folder=runbooks%2Fteam-02%2Fsvc-01");
    assertThat(range()).isEqualTo("1–30 of 30");
    assertThat(browser.findElement(By.id("folder-trail")).getText())
        .contains("team-02")
        .contains("svc-01");

    new Select(browser.findElement(By.id("catalog-lint"))).selectByValue("broken-link");
    browser.findElement(By.cssSelector("#catalog-filters button[type=submit]")).click();
    Chromium.awaitUrl(browser, "lint=broken-link");
    assertThat(browser.getCurrentUrl()).contains("folder=runbooks%2Fteam-02%2Fsvc-01");
    List<WebElement> rows = browser.findElements(By.cssSelector("#runbooks tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(range()).endsWith(" of " + rows.size());
    assertThat(
            new Select(browser.findElement(By.id("catalog-lint")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("broken-link");

    browser.findElement(By.cssSelector("th a[href*='sort=lint']")).click();
    Chromium.awaitUrl(browser, "sort=lint");
    assertThat(browser.getCurrentUrl()).contains("lint=broken-link").contains("folder=");

    browser.findElement(By.id("lint-report-link")).click();
    Chromium.awaitUrl(browser, "runbook-lint.xhtml");
    browser.findElement(By.xpath("//table[@id='lint-by-rule']//a[. = 'broken-link']")).click();
    Chromium.awaitUrl(browser, "rule=broken-link");
    assertThat(browser.findElements(By.cssSelector("#lint-report tbody tr td:nth-child(3)")))
        .isNotEmpty()
        .allMatch(cell -> cell.getText().equals("broken-link"));
    assertThat(bodyBytes()).isLessThanOrEqualTo(LargeCatalogIT.MAX_PAGE_BYTES);
  }

  @Test
  void opensAPageDeepInByItsAddressSortedByTitleAndPagesOnFromThere() {
    String key = GeneratedRunbooks.registered(api("admin"));
    int all = GeneratedRunbooks.RUNBOOKS + GeneratedRunbooks.INDEX_PAGES;
    signInAt("runbooks.xhtml?repo=" + key + "&sort=title&page=20", "viewer");
    assertThat(range()).isEqualTo(String.format("951–1,000 of %,d", all));
    assertThat(bodyBytes()).isLessThanOrEqualTo(LargeCatalogIT.MAX_PAGE_BYTES);
    Set<String> deep = shownPaths();
    assertThat(deep).hasSize(50);

    browser.findElement(By.id("next-page")).click();
    Chromium.awaitUrl(browser, "page=21");
    assertThat(browser.getCurrentUrl()).contains("sort=title");
    assertThat(range()).isEqualTo(String.format("1,001–1,050 of %,d", all));
    assertThat(shownPaths()).hasSize(50).doesNotContainAnyElementsOf(deep);

    browser.findElement(By.id("previous-page")).click();
    Chromium.awaitUrl(browser, "page=20");
    assertThat(shownPaths()).isEqualTo(deep);
  }

  private Set<String> shownPaths() {
    Set<String> paths = new HashSet<>();
    browser
        .findElements(By.cssSelector("#runbooks td .muted.small"))
        .forEach(path -> paths.add(path.getText()));
    return paths;
  }

  @Test
  void searchesTheCatalogPageByPageWithTheMatchedTermsMarked() {
    String key = GeneratedRunbooks.registered(api("admin"));
    signInAt("search.xhtml?q=Quokka+gauge&repo=" + key, "viewer");
    assertThat(browser.findElement(By.id("result-count")).getText())
        .isEqualTo("The best 100 runbooks of more that match; showing 1–20.");
    assertThat(browser.findElements(By.cssSelector("#results > li"))).hasSize(20);
    List<WebElement> marked = browser.findElements(By.cssSelector("#results .snippet mark"));
    assertThat(marked).isNotEmpty();
    assertThat(marked)
        .allMatch(mark -> Set.of("quokka", "gauge").contains(mark.getText().toLowerCase()));
    Set<String> firstPage = resultPaths();

    browser.findElement(By.id("next-page")).click();
    Chromium.awaitUrl(browser, "page=1");
    assertThat(Chromium.awaitText(browser, By.id("result-count"), "21–40")).contains("showing");
    assertThat(browser.getCurrentUrl()).contains("repo=" + key).contains("q=Quokka+gauge");
    assertThat(resultPaths()).hasSize(20).doesNotContainAnyElementsOf(firstPage);
    assertThat(browser.findElement(By.id("results")).getAttribute("start")).isEqualTo("21");

    browser.findElement(By.id("previous-page")).click();
    Chromium.awaitUrl(browser, "page=0");
    assertThat(resultPaths()).isEqualTo(firstPage);

    browser.get(base + "search.xhtml?q=Quokka+gauge&page=5&repo=" + key);
    assertThat(browser.findElement(By.id("search-problem")).getText())
        .startsWith("There is no page 5 of these results.");
    browser.findElement(By.id("search-start")).click();
    Chromium.awaitText(browser, By.id("result-count"), "showing 1–20");
    assertThat(resultPaths()).isEqualTo(firstPage);
  }

  private Set<String> resultPaths() {
    Set<String> paths = new HashSet<>();
    browser
        .findElements(By.cssSelector("#results .result-location"))
        .forEach(path -> paths.add(path.getText()));
    return paths;
  }

  private String range() {
    return browser.findElement(By.id("catalog-range")).getText();
  }

  /** The bytes of the page's HTML as Chromium received it, decoded. */
  private long bodyBytes() {
    Object bytes =
        ((JavascriptExecutor) browser)
            .executeScript("return performance.getEntriesByType('navigation')[0].decodedBodySize;");
    return ((Number) bytes).longValue();
  }
}
