package io.hindsight.review;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The review pages read their filters from the address: a filter that names nothing (an unknown
 * state, reason, order or repository, a page that is no page, text that is no key) is a 200 page
 * that says what it dropped and shows the rest, never a 400 or 500.
 */
class ReviewPageFiltersIT extends OverHttp {

  @Test
  void badFiltersInTheAddressAreNamedOnA200PageAndDropped() {
    String key = ReviewFixtures.uniqueKey("rpf");
    ReviewFixtures.register(
        base, key, files("stale.md", ReviewFixtures.runbook("Stale", "2025-03-01")));
    BrowserSession reviewer = signIn("reviewer");

    assertPage(reviewer, "reviews.xhtml?reason=sunspots", "There is no reason", "sunspots");
    assertPage(reviewer, "reviews.xhtml?repo=" + q("no such/key"), "is not a repository key");
    assertPage(reviewer, "reviews.xhtml?repo=nowhere-" + key, "There is no repository nowhere-");
    assertPage(reviewer, "reviews.xhtml?sort=alphabetical", "There is no order", "alphabetical");
    assertPage(reviewer, "reviews.xhtml?page=two", "There is no page", "two");
    assertPage(reviewer, "reviews.xhtml?page=-1", "There is no page", "-1");
    assertPage(reviewer, "reviews.xhtml?page=99999999999", "There is no page", "99999999999");
    assertPage(reviewer, "reviews.xhtml?owner=" + q("x".repeat(101)), "is not an owner");
    HttpResponse<String> kept =
        assertPage(reviewer, "reviews.xhtml?repo=" + key + "&sort=nope", "There is no order");
    assertThat(kept.body()).as("the good filter still applies").contains("stale.md");

    assertPage(
        reviewer, "runbook-feedback.xhtml?state=pending", "There is no feedback state", "pending");
    assertPage(
        reviewer, "runbook-feedback.xhtml?page=2026-13-45", "There is no page", "2026-13-45");
    assertPage(reviewer, "runbook-feedback.xhtml?repo=" + q("a b"), "is not a repository key");
    assertPage(reviewer, "review-quarter.xhtml?repo=" + q("a b"), "is not a repository key");
    assertPage(reviewer, "review-quarter.xhtml?repo=gone-" + key, "gone-" + key);
  }

  private static HttpResponse<String> assertPage(
      BrowserSession session, String path, String... message) {
    HttpResponse<String> page = session.get(path);
    assertThat(page.statusCode()).as(path + "\n" + page.body()).isEqualTo(200);
    assertThat(page.body()).as(path).contains(message);
    return page;
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
