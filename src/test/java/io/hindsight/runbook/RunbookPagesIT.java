package io.hindsight.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Runbooks pages over HTTP, on the sample repository written at first start. */
class RunbookPagesIT extends OverHttp {

  private BrowserSession browser;

  @BeforeEach
  void signIn() {
    browser = signIn("viewer");
  }

  @Test
  void theCatalogListsTheSampleRunbooksAndRendersTheIndex() {
    HttpResponse<String> page = browser.get("runbooks.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html)
        .contains(
            "Node Recovery",
            "Database Restore",
            "Incident Response",
            "Rollback Procedure",
            "Disaster Recovery")
        .contains("platform-team")
        .contains("id=\"runbook-index\"")
        .contains("<table>")
        .contains("AWS Console â†’ CloudWatch")
        .contains("/runbook.xhtml?repo=sample&amp;path=node-recovery.md");
  }

  @Test
  void aRunbookIsRenderedWithItsMetadataAndContents() {
    HttpResponse<String> page = browser.get("runbook.xhtml?repo=sample&path=incident-response.md");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body().replace("&#61;", "="))
        .contains("id=\"runbook-owner\"")
        .contains("class=\"language-bash\"")
        .contains("aria-label=\"Contents\"")
        .contains("runbook.xhtml?repo=sample&amp;path=rollback-procedure.md#steps");
    assertThat(
            page.body()
                .replaceAll(
                    "<script src=\"/static/[a-z-]+\\.js\"( defer=\"defer\")?></script>", ""))
        .as("no script but Hindsight's own files")
        .doesNotContain("<script");
  }

  @Test
  void aRunbooksServicesAreListed() {
    assertThat(browser.get("runbook.xhtml?repo=sample&path=database-restore.md").body())
        .contains("id=\"runbook-services\">rds-postgresql, orders-api, billing-worker</dd>");
  }

  @Test
  void runbooksShowTheirLintFindingsAndIndexPurpose() {
    String html = browser.get("runbook.xhtml?repo=sample&path=node-recovery.md").body();
    assertThat(html).contains("id=\"runbook-lint\"").contains("id=\"runbook-purpose\"");
    assertThat(html).contains("Recover failed EKS nodes");
    assertThat(browser.get("runbooks.xhtml").body()).contains("Recover failed EKS nodes");
  }

  @Test
  void searchFindsRunbooksAndSuggestsForAnIncidentTitle() {
    String found = browser.get("search.xhtml?q=snapshot").body();
    assertThat(found).contains("id=\"results\"").contains("database-restore.md");

    String suggested =
        browser.get("search.xhtml?suggest=true&repo=sample&q=node+NotReady%2C+pods+evicted").body();
    int nodeRecovery = suggested.indexOf("path=node-recovery.md");
    assertThat(nodeRecovery).isPositive();
    assertThat(suggested.indexOf("path=", suggested.indexOf("id=\"results\"")))
        .isEqualTo(nodeRecovery);

    String nothing = browser.get("search.xhtml?q=zzqqxxnothing").body();
    assertThat(nothing).contains("id=\"no-results\"");
    String script = browser.get("search.xhtml?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
    assertThat(script).doesNotContain("<script>alert(1)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "runbook.xhtml?repo=sample&path=../../etc/passwd",
        "runbook.xhtml?repo=sample&path=%2e%2e%2fsecret.md",
        "runbook.xhtml?repo=sample&path=/etc/passwd.md",
        "runbook.xhtml?repo=sample&path=a%5Cb.md",
        "runbook.xhtml?repo=sample&path=a%00.md",
        "runbook.xhtml?repo=sample",
        "runbook.xhtml?repo=..%2F..&path=node-recovery.md"
      })
  void malformedAddressesAre400(String address) {
    HttpResponse<String> page = browser.get(address);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("id=\"runbook-problem\"").doesNotContain("Exception");
  }

  @Test
  void unknownRunbooksAndRepositoriesAre404() {
    HttpResponse<String> missing = browser.get("runbook.xhtml?repo=sample&path=no-such-runbook.md");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("There is no runbook no-such-runbook.md");
    assertThat(browser.get("runbook.xhtml?repo=elsewhere&path=node-recovery.md").statusCode())
        .isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "runbooks.xhtml?repo=sample&page=-1",
        "runbooks.xhtml?repo=sample&page=two",
        "runbooks.xhtml?repo=sample&sort=bogus",
        "runbooks.xhtml?repo=sample&folder=../x",
        "runbooks.xhtml?repo=sample&folder=%2Fetc",
        "runbooks.xhtml?repo=sample&lint=bogus",
        "runbook-lint.xhtml?repo=sample&page=0",
        "runbook-lint.xhtml?repo=sample&rule=no-such-rule",
        "runbook-lint.xhtml?repo=sample&folder=..%2Fx",
        "runbook-lint.xhtml?repo=sample&sort=bogus"
      })
  void malformedCatalogAndLintAddressesAre400NamingTheParameter(String address) {
    HttpResponse<String> page = browser.get(address);
    assertThat(page.statusCode()).as(address).isEqualTo(400);
    String parameter = address.replaceAll(".*&([a-z]+)=.*", "$1");
    assertThat(page.body())
        .containsPattern("id=\"(runbooks|lint)-problem\"")
        .contains(parameter.equals("folder") ? "runbook folder" : parameter)
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"two", "-1", "1e3"})
  void aSearchPageThatIsNotAWholeNumberIs400(String page) {
    HttpResponse<String> found = browser.get("search.xhtml?q=snapshot&page=" + page);
    assertThat(found.statusCode()).isEqualTo(400);
    assertThat(found.body())
        .contains("id=\"search-problem\"")
        .contains("The page must be a whole number from 0.")
        .doesNotContain("Exception");
  }

  @Test
  void aSearchPagePastTheResultsIs404WithAWayBack() {
    HttpResponse<String> found = browser.get("search.xhtml?q=snapshot&page=7");
    assertThat(found.statusCode()).isEqualTo(404);
    assertThat(found.body())
        .contains("There is no page 7 of these results.")
        .contains("id=\"search-start\"");
  }

  @Test
  void aFilterLongerThanTheFormAllowsIs400() {
    HttpResponse<String> page = browser.get("runbooks.xhtml?repo=sample&filter=" + "x".repeat(201));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("filter must have at most 200 characters");
  }

  @Test
  void aFolderWithoutRunbooksOrAPagePastTheEndIs404WithAWayBack() {
    HttpResponse<String> folder = browser.get("runbooks.xhtml?repo=sample&folder=nowhere");
    assertThat(folder.statusCode()).isEqualTo(404);
    assertThat(folder.body())
        .contains("There is no runbook in the folder nowhere")
        .contains("id=\"catalog-start\"");
    HttpResponse<String> page = browser.get("runbooks.xhtml?repo=sample&page=99");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("There is no page 99: the list has 1 pages.");
    assertThat(browser.get("runbook-lint.xhtml?repo=sample&page=99").statusCode()).isEqualTo(404);
  }

  @Test
  void theSampleCatalogShowsItsRangeSortLinksAndFilters() {
    String html = browser.get("runbooks.xhtml?repo=sample").body();
    assertThat(html)
        .contains("id=\"catalog-range\"")
        .contains("id=\"folder-trail\"")
        .contains("runbooks.xhtml?repo=sample&amp;sort=owner")
        .doesNotContain("id=\"next-page\"");
    String restore = browser.get("runbooks.xhtml?repo=sample&filter=RESTORE&sort=updated").body();
    assertThat(restore)
        .contains("path=database-restore.md")
        .contains("id=\"catalog-range\" aria-live=\"polite\">1–1 of 1<")
        .contains("<input type=\"hidden\" name=\"sort\" value=\"updated\"");
    String none = browser.get("runbooks.xhtml?repo=sample&filter=zzqqxxnothing&lint=clean").body();
    assertThat(none).contains("id=\"catalog-empty\"").contains("No runbook here matches");
    String lint = browser.get("runbook-lint.xhtml?repo=sample&sort=rule").body();
    assertThat(lint).contains("id=\"lint-range\"").contains("id=\"lint-by-rule\"");
  }
}
