package io.hindsight.bench;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 14's "the catalog of 10,000 runbooks paging in the browser": the review benchmark's five
 * generated repositories of {@value ReviewQueueBenchmark#PER_REPOSITORY} runbooks, registered on
 * the built server, and headless Chromium paging through each repository's catalog by its "Next"
 * link, as a person would, from the first page to the last. Every runbook must be seen once, and
 * every page must weigh at most 100 KB; the time from the click to the next page's load is timed.
 */
final class CatalogWalkBenchmark {

  private static final long MAX_PAGE_BYTES = 100 * 1024;
  private static final String PASSWORD = "bench-admin-password";

  private CatalogWalkBenchmark() {}

  static ResultTable run(Path targetDir) throws Exception {
    ResultTable table = new ResultTable("Catalog of 10,000 runbooks in Chromium (issue 14)");
    Optional<ServerRun.Build> build = ServerRun.build(table);
    if (build.isEmpty()) {
      return table;
    }
    Path wildflyHome = build.get().wildflyHome();
    Path war = build.get().war();
    Path[] repositories = new Path[ReviewQueueBenchmark.REPOSITORIES];
    for (int r = 0; r < repositories.length; r++) {
      repositories[r] = targetDir.resolve("bench-review/queue-" + r + ".git");
      ReviewQueueBenchmark.generate(repositories[r], r);
    }
    try (ServerRun server =
        ServerRun.start(
            wildflyHome,
            targetDir.resolve("bench-server/catalog"),
            war,
            Map.of(
                "HINDSIGHT_REMOTES_FILE_ROOTS",
                targetDir.resolve("bench-review").toAbsolutePath().toString()))) {
      server.awaitReady(List.of(ServerRun.LOGIN, ServerRun.READY));
      URL base = URI.create(ServerRun.LOGIN.resolve("/").toString()).toURL();
      register(base, repositories);
      WebDriver browser = Chromium.start();
      try {
        walk(table, base, browser, repositories.length);
      } finally {
        browser.quit();
      }
    }
    return table;
  }

  private static void register(URL base, Path[] repositories) throws Exception {
    ApiClient admin = ApiClient.signedIn(base, "admin", PASSWORD);
    for (int r = 0; r < repositories.length; r++) {
      ApiClient.Reply created =
          admin.post(
              "api/v1/repositories",
              "{\"key\":\"queue-"
                  + r
                  + "\",\"name\":\"Queue "
                  + r
                  + "\",\"url\":\""
                  + repositories[r].toUri()
                  + "\",\"branch\":\"main\",\"folder\":\"runbooks\"}");
      if (created.status() != 201) {
        throw new IOException("registering queue-" + r + ": " + created);
      }
    }
    for (int r = 0; r < repositories.length; r++) {
      String state;
      while (Set.of("never", "syncing")
          .contains(
              state = admin.get("api/v1/repositories/queue-" + r).json().getString("syncState"))) {
        Thread.sleep(200);
      }
      if (!state.equals("ok")) {
        throw new IOException("the first sync of queue-" + r + " ended " + state);
      }
    }
  }

  private static void walk(ResultTable table, URL base, WebDriver browser, int repositories)
      throws IOException {
    browser.get(base + "runbooks.xhtml");
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
    Chromium.awaitUrl(browser, "/runbooks.xhtml");
    Set<String> seen = new HashSet<>();
    List<Long> clicks = new ArrayList<>();
    int pages = 0;
    long largest = 0;
    long start = System.nanoTime();
    for (int r = 0; r < repositories; r++) {
      browser.get(base + "runbooks.xhtml?repo=queue-" + r);
      int page = 1;
      while (true) {
        pages++;
        largest = Math.max(largest, bodyBytes(browser));
        for (WebElement path : browser.findElements(By.cssSelector("#runbooks td .muted.small"))) {
          seen.add("queue-" + r + "/" + path.getText());
        }
        if (browser.findElements(By.id("next-page")).isEmpty()) {
          break;
        }
        long clicked = System.nanoTime();
        browser.findElement(By.id("next-page")).click();
        page++;
        Chromium.awaitUrl(browser, "page=" + page);
        clicks.add(System.nanoTime() - clicked);
      }
    }
    long walked = System.nanoTime() - start;
    long[] sorted = clicks.stream().mapToLong(Long::longValue).sorted().toArray();
    int runbooks = ReviewQueueBenchmark.RUNBOOKS;
    table.add(
        new ResultTable.Row(
            "runbooks seen once, paging every repository by Next",
            "—",
            String.format("%,d on %d pages in %s", seen.size(), pages, Timing.millis(walked)),
            "—",
            String.format("%,d", runbooks),
            seen.size() == runbooks));
    table.add(
        new ResultTable.Row(
            "heaviest catalog page",
            "—",
            String.format("%.1f KB", largest / 1024.0),
            "—",
            "≤ 100 KB",
            largest <= MAX_PAGE_BYTES));
    table.add(
        new ResultTable.Row(
            "click on Next until the next page has loaded, in Chromium",
            "—",
            sorted.length == 0
                ? "—"
                : "p50 "
                    + Timing.millis(sorted[sorted.length / 2])
                    + ", p95 "
                    + Timing.millis(sorted[(int) Math.ceil(sorted.length * 0.95) - 1]),
            sorted.length + " clicks",
            "—",
            sorted.length > 0));
    table.note(
        "headless Chromium "
            + "on the same machine; page weight is the navigation's decoded body size; the five"
            + " repositories are the review benchmark's (target/bench-review), one commit of "
            + ReviewQueueBenchmark.PER_REPOSITORY
            + " runbooks each, in 20 team folders; each repository's catalog is 50 rows a page");
  }

  /** The bytes of the page's HTML as Chromium received it, decoded. */
  private static long bodyBytes(WebDriver browser) {
    Object bytes =
        ((JavascriptExecutor) browser)
            .executeScript("return performance.getEntriesByType('navigation')[0].decodedBodySize;");
    return ((Number) bytes).longValue();
  }
}
