package io.hindsight.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.GeneratedRunbooks;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalog page and the lint report over HTTP on a generated repository of more than a thousand
 * runbooks in nested folders ({@link GeneratedRunbooks}): counts, paging, folders, filters by lint
 * rule, and every page under 100 KB. Measures each page's size and server time and writes the
 * figures to {@code target/catalog-figures.md}.
 */
class LargeCatalogIT extends OverHttp {

  static final int MAX_PAGE_BYTES = 100 * 1024;
  private static final Pattern RANGE = Pattern.compile("id=\"catalog-range\"[^>]*>([^<]*)<");
  private static final int RUNS = 15;

  private BrowserSession browser;
  private String key;

  @BeforeEach
  void generate() {
    key = GeneratedRunbooks.registered(api("admin"));
    browser = signIn("viewer");
  }

  @Test
  void theLintReportApiPagesItsFindingsAndCountsTheWholeRepository() {
    ApiClient viewer = api("viewer");
    JsonObject first = viewer.get("api/v1/repositories/" + key + "/lint?size=100").json();
    long total = first.getJsonNumber("total").longValue();
    int counted =
        first.getJsonObject("byRule").values().stream()
            .mapToInt(count -> ((jakarta.json.JsonNumber) count).intValue())
            .sum();
    assertThat(total).isEqualTo(counted).isGreaterThan(200);
    assertThat(first.getJsonObject("byRule").getInt("broken-link"))
        .isEqualTo(GeneratedRunbooks.withFinding("broken-link"));
    assertThat(first.getJsonArray("findings")).hasSize(100);
    assertThat(first.getInt("page")).isZero();

    JsonObject second = viewer.get("api/v1/repositories/" + key + "/lint?size=100&page=1").json();
    assertThat(second.getJsonArray("findings")).hasSize(100);
    assertThat(second.getJsonArray("findings").getJsonObject(0))
        .isNotEqualTo(first.getJsonArray("findings").getJsonObject(0));
    int lastPage = (int) ((total - 1) / 100);
    JsonObject last =
        viewer.get("api/v1/repositories/" + key + "/lint?size=100&page=" + lastPage).json();
    assertThat(last.getJsonArray("findings")).hasSize((int) (total - lastPage * 100L));
    assertThat(
            viewer
                .get("api/v1/repositories/" + key + "/lint?size=100&page=" + (lastPage + 1))
                .json()
                .getJsonArray("findings"))
        .isEmpty();

    JsonObject byDefault = viewer.get("api/v1/repositories/" + key + "/lint").json();
    assertThat(byDefault.getInt("size")).isEqualTo(500);
    assertThat(byDefault.getJsonArray("findings")).hasSize((int) Math.min(500, total));

    for (String bad : List.of("size=0", "size=2001", "page=-1", "page=two", "size=")) {
      ApiClient.Reply refused = viewer.get("api/v1/repositories/" + key + "/lint?" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body()).contains(bad.substring(0, bad.indexOf('=')));
    }
  }

  @Test
  void theCatalogCountsPagesAndStaysSmall() {
    String first = page("runbooks.xhtml?repo=" + key);
    int all = GeneratedRunbooks.RUNBOOKS + GeneratedRunbooks.INDEX_PAGES;
    assertThat(first)
        .contains("<span id=\"runbook-count\">" + GeneratedRunbooks.RUNBOOKS + "</span>")
        .contains("<span id=\"index-page-count\">" + GeneratedRunbooks.INDEX_PAGES + "</span>")
        .contains("id=\"next-page\"")
        .doesNotContain("id=\"previous-page\"");
    assertThat(range(first)).isEqualTo(String.format("1–50 of %,d", all));
    assertThat(rows(first)).isEqualTo(50);
    assertThat(first).contains("id=\"folders\"").contains(">team-00 <span class=\"muted small\">");

    String second = page("runbooks.xhtml?repo=" + key + "&page=2");
    assertThat(range(second)).isEqualTo(String.format("51–100 of %,d", all));
    assertThat(second).contains("id=\"previous-page\"");
    int lastPage = (all + 49) / 50;
    String last = page("runbooks.xhtml?repo=" + key + "&page=" + lastPage);
    assertThat(last).doesNotContain("id=\"next-page\"");
    assertThat(rows(last)).isEqualTo(all - (lastPage - 1) * 50);
    assertThat(browser.get("runbooks.xhtml?repo=" + key + "&page=" + (lastPage + 1)).statusCode())
        .isEqualTo(404);
  }

  @Test
  void foldersNarrowTheListAndKeepTheOrderAndFilters() {
    String folder = GeneratedRunbooks.FOLDER + "/team-00/svc-00";
    String html =
        page("runbooks.xhtml?repo=" + key + "&folder=" + folder + "&sort=owner&lint=missing-owner");
    assertThat(html).contains("id=\"folder-trail\"").contains(">svc-00</a>");
    assertThat(html).contains(">archive <span class=\"muted small\">");
    assertThat(range(html)).endsWith(" of " + ownerless(folder));
    assertThat(html)
        .contains("folder=runbooks%2Fteam-00%2Fsvc-00&amp;lint=missing-owner&amp;sort=");

    String everything = page("runbooks.xhtml?repo=" + key + "&folder=" + folder);
    assertThat(range(everything))
        .isEqualTo("1–42 of " + (GeneratedRunbooks.PER_SERVICE + GeneratedRunbooks.ARCHIVED));
  }

  @Test
  void theLintFilterAndSortAreInTheDatabase() {
    String broken = page("runbooks.xhtml?repo=" + key + "&lint=broken-link");
    assertThat(range(broken)).endsWith(" of " + GeneratedRunbooks.withFinding("broken-link"));
    String byLint = page("runbooks.xhtml?repo=" + key + "&sort=lint");
    assertThat(byLint.indexOf("findings</span>")).isPositive();
    assertThat(byLint.indexOf(">clean</span>")).isEqualTo(-1);
    String clean = page("runbooks.xhtml?repo=" + key + "&lint=clean&filter=svc-03");
    assertThat(clean).contains(">clean</span>").doesNotContain("findings</span>");
  }

  @Test
  void theLintReportPagesByRuleAndFolder() {
    String report = page("runbook-lint.xhtml?repo=" + key);
    assertThat(report).contains("id=\"lint-by-rule\"").contains("id=\"next-page\"");
    String owners =
        page(
            "runbook-lint.xhtml?repo="
                + key
                + "&rule=missing-owner&folder="
                + GeneratedRunbooks.FOLDER
                + "/team-01");
    assertThat(owners)
        .contains("<span id=\"lint-findings\">" + ownerless(GeneratedRunbooks.FOLDER + "/team-01"))
        .contains("id=\"folders\"");
    assertThat(browser.get("runbook-lint.xhtml?repo=" + key + "&rule=bogus").statusCode())
        .isEqualTo(400);
    assertThat(browser.get("runbook-lint.xhtml?repo=" + key + "&folder=../x").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theApiFiltersByFolderAndLintAndSortsByOwnerInTheSameQueries() {
    ApiClient viewer = api("viewer");
    String team = GeneratedRunbooks.FOLDER + "/team-01";
    ApiClient.Reply reply =
        viewer.get(
            "api/v1/runbooks?repository="
                + key
                + "&folder="
                + team
                + "&lint=missing-owner&sort=owner&size=200");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject page = reply.json();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(ownerless(team));
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .allMatch(item -> item.getString("path").startsWith(team + "/"))
        .allMatch(item -> !item.containsKey("owner") || item.isNull("owner"));
    List<String> owners =
        viewer
            .get("api/v1/runbooks?repository=" + key + "&sort=owner&size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(item -> item.containsKey("owner") ? item.getString("owner") : "~")
            .toList();
    assertThat(owners).isSorted();
    ApiClient.Reply escape = viewer.get("api/v1/runbooks?repository=" + key + "&folder=../x");
    assertThat(escape.status()).isEqualTo(400);
    assertThat(escape.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("folder");
  }

  @Test
  void measuresPageSizeAndServerTime() throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("catalog, first page", "runbooks.xhtml?repo=" + key);
    pages.put("catalog, page 13", "runbooks.xhtml?repo=" + key + "&page=13");
    pages.put("catalog, sorted by lint", "runbooks.xhtml?repo=" + key + "&sort=lint");
    pages.put(
        "catalog, sorted by owner, page 5", "runbooks.xhtml?repo=" + key + "&sort=owner&page=5");
    pages.put(
        "catalog, folder team-03",
        "runbooks.xhtml?repo=" + key + "&folder=" + GeneratedRunbooks.FOLDER + "/team-03");
    pages.put("catalog, lint=broken-link", "runbooks.xhtml?repo=" + key + "&lint=broken-link");
    pages.put("catalog, text filter", "runbooks.xhtml?repo=" + key + "&filter=alert+12");
    pages.put("lint report, first page", "runbook-lint.xhtml?repo=" + key);
    pages.put("lint report, page 20", "runbook-lint.xhtml?repo=" + key + "&page=20");
    pages.put(
        "lint report, rule and folder",
        "runbook-lint.xhtml?repo="
            + key
            + "&rule=missing-owner&folder="
            + GeneratedRunbooks.FOLDER
            + "/team-02");
    StringBuilder figures =
        new StringBuilder("| page | bytes | median ms | max ms |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, String> entry : pages.entrySet()) {
      int bytes = page(entry.getValue()).getBytes(StandardCharsets.UTF_8).length;
      List<Long> millis = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        long start = System.nanoTime();
        assertThat(browser.get(entry.getValue()).statusCode()).isEqualTo(200);
        millis.add((System.nanoTime() - start) / 1_000_000);
      }
      Collections.sort(millis);
      figures.append(
          String.format(
              "| %s | %,d | %d | %d |%n",
              entry.getKey(), bytes, millis.get(millis.size() / 2), millis.get(millis.size() - 1)));
    }
    String report =
        "Catalog pages on a generated repository of "
            + GeneratedRunbooks.RUNBOOKS
            + " runbooks and "
            + GeneratedRunbooks.INDEX_PAGES
            + " index pages ("
            + RUNS
            + " requests each, one at a time, after one warm-up):\n\n"
            + figures;
    System.out.println(report);
    Files.writeString(Path.of("target", "catalog-figures.md"), report);
  }

  /** The page at {@code address}, which must answer 200 in less than 100 KB. */
  private String page(String address) {
    HttpResponse<String> reply = browser.get(address);
    assertThat(reply.statusCode()).as(address + ": " + reply.body()).isEqualTo(200);
    assertThat(reply.body().getBytes(StandardCharsets.UTF_8).length)
        .as("bytes of " + address)
        .isLessThanOrEqualTo(MAX_PAGE_BYTES);
    return reply.body();
  }

  private static String range(String html) {
    Matcher range = RANGE.matcher(html);
    assertThat(range.find()).as("a range on the page").isTrue();
    return range.group(1).strip();
  }

  private static int rows(String html) {
    return html.split("<tr class=\"(runbook|index-page)\"", -1).length - 1;
  }

  /** How many generated runbooks in {@code folder} and below have no owner. */
  private static long ownerless(String folder) {
    return GeneratedRunbooks.paths().entrySet().stream()
        .filter(e -> e.getKey().startsWith(folder + "/"))
        .filter(e -> !e.getKey().endsWith("README.md"))
        .filter(e -> !e.getValue().contains("owner:"))
        .count();
  }
}
