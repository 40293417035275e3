package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.Chromium;
import io.hindsight.testing.InChromium;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In real Chromium, the post-mortem editor's own parts: who wrote and reviews it, a revisions list
 * that follows every postback, SLA words that agree with the printable page, a side-by-side diff
 * between any two revisions, Waive only where it can work, published text opened read-only.
 */
class PostmortemEditorBrowserIT extends InChromium {

  private static final String SUMMARY = "editor:sections:0:text";
  private static final String SUMMARY_CHECK = "editor:sections:0:check";
  private static final String OUTAGE_ROW =
      "//table[@id='diff-table']//tr[contains(@class, 'diff-changed')"
          + " and contains(., 'Checkout returned 503')]";

  private PostmortemApi api() {
    return new PostmortemApi(base);
  }

  @Test
  void theLineUnderTheTitleNamesAuthorsAndReviewersAndTheRevisionsFollowEachPostback() {
    String key = api().draft("P1");
    signInAt("postmortem.xhtml?key=" + key, "responder");
    assertThat(browser.findElement(By.id("authors-line")).getText()).isEqualTo("responder");
    assertThat(browser.findElement(By.id("reviewers-line")).getText()).isEqualTo("none");
    int before = revisions().size();

    browser.findElement(By.id(SUMMARY)).sendKeys("Config changes skipped the canary stage.");
    Chromium.awaitText(browser, By.id(SUMMARY_CHECK), "skipped the canary stage.");
    browser.findElement(By.id("editor:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved as revision");
    assertThat(revisions()).hasSize(before + 1);

    browser
        .findElement(By.xpath("//input[@name='submit:reviewers' and @value='reviewer']"))
        .click();
    browser.findElement(By.id("submit:submit-button")).click();
    Chromium.awaitText(browser, By.id("postmortem-status"), "in review");
    assertThat(browser.findElement(By.id("reviewers-line")).getText()).isEqualTo("reviewer");
    List<WebElement> listed = revisions();
    assertThat(listed).hasSize(before + 2);
    assertThat(listed.get(listed.size() - 1).getText()).startsWith("in review · responder");

    browser.get(base + "postmortem-print.xhtml?key=" + key);
    assertThat(browser.findElement(By.id("authors-line")).getText()).isEqualTo("responder");
    assertThat(browser.findElement(By.id("reviewers-line")).getText()).isEqualTo("reviewer");
  }

  @Test
  void theSlaTableFitsItsCardAndSaysWhatThePrintablePageSays() {
    String key = api().draft("P1");
    signInAt("postmortem.xhtml?key=" + key, "responder");
    WebElement card = browser.findElement(By.id("sla-facts"));
    long overflow =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const card = arguments[0]; const table = card.querySelector('table');"
                        + "return Math.round(table.getBoundingClientRect().right"
                        + " - card.getBoundingClientRect().right);",
                    card);
    assertThat(overflow).as("pixels the SLA table sticks out of its card").isLessThanOrEqualTo(0);
    List<String> editor = results(By.cssSelector("#sla-facts tbody tr"));

    browser.get(base + "postmortem-print.xhtml?key=" + key);
    List<String> print = results(By.cssSelector("#print-sla tbody tr"));
    assertThat(editor).isNotEmpty().isEqualTo(print);
    assertThat(editor).allMatch(word -> List.of("met", "breached", "no target").contains(word));
  }

  @Test
  void anyTwoRevisionsSideBySideWithRemovedRedAddedGreenAndTheTextEscaped() {
    String key = api().draft("P1");
    PostmortemApi pm = api();
    pm.save("responder", key, "summary", "Checkout returned 503 for 40 minutes.\nStable line.");
    pm.save(
        "responder",
        key,
        "summary",
        "Checkout returned 503 for 55 minutes.\nStable line.\n<script>window.pwned=1</script>");
    signInAt("postmortem.xhtml?key=" + key, "responder");
    List<WebElement> listed = revisions();
    int latest = listed.size();

    listed
        .get(latest - 1)
        .findElement(By.cssSelector("input[value='compare with previous']"))
        .click();
    Chromium.awaitText(
        browser,
        By.id("diff-heading"),
        "Revision " + (latest - 1) + " compared with revision " + latest);
    WebElement removed = browser.findElement(By.xpath(OUTAGE_ROW + "/td[1]"));
    WebElement added = browser.findElement(By.xpath(OUTAGE_ROW + "/td[2]"));
    assertThat(removed.findElement(By.tagName("del")).getText()).isEqualTo("40");
    assertThat(added.findElement(By.tagName("ins")).getText()).isEqualTo("55");
    assertThat(removed.getCssValue("background-color")).isEqualTo("rgba(253, 232, 231, 1)");
    assertThat(added.getCssValue("background-color")).isEqualTo("rgba(230, 244, 234, 1)");
    assertThat(
            browser
                .findElement(
                    By.xpath(
                        "//table[@id='diff-table']//tr[contains(@class, 'diff-same')"
                            + " and contains(., 'Stable line.')]"))
                .getText())
        .contains("Stable line.");
    assertThat(browser.findElement(By.cssSelector("#diff-table tr.diff-added td.new")).getText())
        .contains("<script>window.pwned=1</script>");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined;"))
        .isEqualTo(true);
    long wide =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Math.round(document.getElementById('diff-output')"
                        + ".getBoundingClientRect().width"
                        + " / document.querySelector('main').getBoundingClientRect().width"
                        + " * 100);");
    assertThat(wide).as("per cent of the page the diff spans").isGreaterThan(90);

    new Select(browser.findElement(By.id("diff:from"))).selectByValue("1");
    new Select(browser.findElement(By.id("diff:to"))).selectByValue(String.valueOf(latest));
    browser.findElement(By.id("diff:compare")).click();
    Chromium.awaitText(
        browser, By.id("diff-heading"), "Revision 1 compared with revision " + latest);
    assertThat(browser.findElements(By.cssSelector("#diff-table tr.diff-added"))).isNotEmpty();
  }

  @Test
  void waiveIsOfferedOnlyToReviewersAndOnlyWhereTheSeverityAllowsIt() {
    String p1 = api().draft("P1");
    String p3 = optional("P3");
    signInAt("postmortem.xhtml?key=" + p1, "reviewer");
    assertThat(browser.findElement(By.id("workflow")).getText()).contains("Status: draft");
    assertThat(browser.findElements(By.id("waive"))).isEmpty();

    browser.get(base + "postmortem.xhtml?key=" + p3);
    browser.findElement(By.id("waive:reason")).sendKeys("No customer impact.");
    browser.findElement(By.id("waive:waive-button")).click();
    Chromium.awaitText(browser, By.id("postmortem-status"), "waived");
    assertThat(browser.findElements(By.id("waive"))).isEmpty();
    signOut();

    String other = optional("P3");
    signInAt("postmortem.xhtml?key=" + other, "responder");
    assertThat(browser.findElement(By.id("workflow")).getText()).contains("Status: draft");
    assertThat(browser.findElements(By.id("waive"))).isEmpty();
  }

  @Test
  void aPublishedPostmortemOpensReadOnlyWithAnExplicitEditForANewRevision() {
    String key = published();
    signInAt("postmortem.xhtml?key=" + key, "responder");
    assertThat(browser.findElement(By.id("postmortem-status")).getText()).isEqualTo("published");
    assertThat(browser.findElements(By.id("editor"))).isEmpty();
    assertThat(browser.findElement(By.id("section-summary")).getText())
        .contains("The pipeline let a config change skip the canary stage.");
    int before = revisions().size();

    browser.findElement(By.id("revise:edit-revision")).click();
    WebElement summary = browser.findElement(By.id(SUMMARY));
    summary.sendKeys(" Canary now required.");
    // The live blame check posts the section as typed; saving before it answers races with it.
    Chromium.awaitText(browser, By.id(SUMMARY_CHECK), "Canary now required.");
    browser.findElement(By.id("editor:reason")).sendKeys("Added the follow-up");
    browser.findElement(By.id("editor:save")).click();
    Chromium.awaitText(browser, By.id("messages"), "Saved as revision");
    assertThat(browser.findElements(By.id("editor"))).isEmpty();
    assertThat(browser.findElement(By.id("section-summary")).getText())
        .contains("Canary now required.");
    List<WebElement> listed = revisions();
    assertThat(listed).hasSize(before + 1);
    assertThat(listed.get(listed.size() - 1).getText()).contains("Added the follow-up");
    assertThat(browser.findElements(By.id("revise:edit-revision"))).hasSize(1);
    signOut();

    signInAt("postmortem.xhtml?key=" + key, "viewer");
    assertThat(browser.findElement(By.id("section-summary")).getText())
        .contains("Canary now required.");
    assertThat(browser.findElements(By.id("revise"))).isEmpty();
    assertThat(browser.findElements(By.id("editor"))).isEmpty();
  }

  private String published() {
    PostmortemApi pm = api();
    String key = pm.draft("P1");
    pm.save("responder", key, "summary", "The pipeline let a config change skip the canary stage.");
    ApiClient responder = pm.as("responder");
    ApiClient.Reply submitted =
        responder.post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    ApiClient.Reply approved = pm.as("reviewer").post("api/v1/postmortems/" + key + "/approve", "");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    ApiClient.Reply done = responder.post("api/v1/postmortems/" + key + "/publish", "");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    return key;
  }

  /** A post-mortem that the severity does not require, started on request by "responder". */
  private String optional(String severity) {
    PostmortemApi pm = api();
    String incident = pm.resolvedIncident(severity, java.time.Duration.ofMinutes(5));
    ApiClient.Reply started =
        pm.as("responder").post("api/v1/postmortems", "{\"incident\":\"" + incident + "\"}");
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    return started.json().getString("key");
  }

  private List<WebElement> revisions() {
    return browser.findElements(By.cssSelector("#revisions > li"));
  }

  private List<String> results(By rows) {
    return browser.findElements(rows).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .map(cells -> cells.get(cells.size() - 1).getText().strip())
        .toList();
  }
}
