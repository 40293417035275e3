package io.hindsight.review;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.review.domain.ReviewQuarter;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.SuiteDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What surrounds the review queue, over HTTP on WildFly with a real repository: the quarter view
 * (page and API) counting reviews, due and overdue runbooks per repository and their freshness, and
 * the feedback list (page and API) by state and repository. Service changes: {@link
 * ServiceChangeIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewOverviewIT {

  private final URL base = SuiteDeployment.base();

  private static JsonObject group(JsonObject quarter, String list, String name) {
    return quarter.getJsonArray(list).stream()
        .map(JsonObject.class::cast)
        .filter(group -> name.equals(group.getString("name", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in " + list + " of " + quarter))
        .getJsonObject("counts");
  }

  private static int count(boolean condition) {
    return condition ? 1 : 0;
  }

  @Test
  void theQuarterViewCountsReviewedDueAndOverdueRunbooksAndTheirFreshness() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ReviewQuarter quarter = ReviewQuarter.of(today);
    IncidentApi incidents = new IncidentApi(base);
    ApiClient admin = incidents.as("admin");
    ApiClient reviewer = incidents.as("reviewer");
    String key = ReviewApiIT.uniqueKey("qtr");
    ReviewApiIT.repository(admin, key, today);
    // restore.md: last updated 2026-10-20 in the index table; rollback.md: reviewed 2025-01-10
    // (overdue); scaling.md: reviewed 10 days ago, every 30 days; payments.md: its commit, dated
    // 2025-01-01 (overdue).
    LocalDate restoreReviewed = LocalDate.of(2026, 10, 20);
    LocalDate freshSince = today.minusDays(89);
    int reviewed =
        count(!restoreReviewed.isBefore(quarter.start()))
            + count(!today.minusDays(10).isBefore(quarter.start()));
    int due = 2 + count(!today.plusDays(20).isAfter(quarter.end()));
    int fresh = count(!restoreReviewed.isBefore(freshSince)) + 1;

    ApiClient.Reply reply = reviewer.get("api/v1/reviews/quarter");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject view = reply.json();
    assertThat(view.getString("quarter")).isEqualTo(quarter.label());
    assertThat(view.getString("end")).isEqualTo(quarter.end().toString());
    assertThat(view.getString("today")).isEqualTo(today.toString());
    JsonObject counts = group(view, "byRepository", key);
    assertThat(counts.getInt("runbooks")).isEqualTo(4);
    assertThat(counts.getInt("reviewed")).isEqualTo(reviewed);
    assertThat(counts.getInt("due")).isEqualTo(due);
    assertThat(counts.getInt("overdue")).isEqualTo(2);
    assertThat(counts.getInt("fresh")).isEqualTo(fresh);
    assertThat(counts.getInt("freshPercent")).isEqualTo(fresh * 100 / 4);
    assertThat(group(view, "byOwner", "reviewer").getInt("overdue")).isPositive();
    assertThat(view.getJsonObject("total").getInt("runbooks")).isGreaterThanOrEqualTo(4);

    // Reviewing an overdue runbook moves it from due and overdue to reviewed and fresh.
    JsonObject rollback =
        ReviewApiIT.item(
            reviewer.get("api/v1/reviews?overdue=true&repository=" + key).json(), "rollback.md");
    ApiClient.Reply recorded =
        reviewer.post(
            "api/v1/reviews/" + rollback.getJsonNumber("id").longValue() + "/reviews",
            "{\"version\":"
                + rollback.getJsonNumber("version").longValue()
                + ",\"outcome\":\"still_accurate\"}");
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    JsonObject after = group(reviewer.get("api/v1/reviews/quarter").json(), "byRepository", key);
    assertThat(after.getInt("reviewed")).isEqualTo(reviewed + 1);
    assertThat(after.getInt("due")).isEqualTo(due - 1);
    assertThat(after.getInt("overdue")).isEqualTo(1);
    assertThat(after.getInt("fresh")).isEqualTo(fresh + 1);

    // The page, linked from the queue, shows the same numbers; unknown parameters are refused.
    BrowserSession pages = new BrowserSession(base).signIn("reviewer", "hindsight-demo", "/");
    assertThat(pages.get("reviews.xhtml").body()).contains("id=\"to-quarter\"");
    HttpResponse<String> page = pages.get("review-quarter.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"quarter-label\">" + quarter.label() + "<")
        .contains(">" + key + "<")
        .contains("id=\"freshness\"");
    for (String query : List.of("colour=red", "quarter=2020-Q1", "repository=Not%20a%20key")) {
      assertProblem(reviewer.get("api/v1/reviews/quarter?" + query), 400);
    }
    assertProblem(reviewer.get("api/v1/reviews/quarter?repository=" + key + "-gone"), 404);

    // One repository's quarter: its counts are the total, its runbooks the only ones listed.
    JsonObject one = reviewer.get("api/v1/reviews/quarter?repository=" + key).json();
    assertThat(one.getJsonObject("total")).isEqualTo(after);
    assertThat(one.getJsonArray("byRepository")).hasSize(1);
    assertThat(one.getJsonArray("stalest").stream().map(JsonObject.class::cast))
        .hasSize(4)
        .allMatch(runbook -> runbook.getString("repository").equals(key));
  }

  @Test
  void theFeedbackListShowsFeedbackByStateAndRefusesBadFilters() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    IncidentApi incidents = new IncidentApi(base);
    ApiClient admin = incidents.as("admin");
    ApiClient reviewer = incidents.as("reviewer");
    String key = ReviewApiIT.uniqueKey("fbl");
    ReviewApiIT.repository(admin, key, today);
    String incident =
        incidents
            .declare(
                "responder",
                "{\"title\":\"Restore slow "
                    + key
                    + "\",\"severity\":\"P2\",\"category\":\"outage\",\"startedAt\":\""
                    + IncidentApi.ago(java.time.Duration.ofMinutes(20))
                    + "\"}")
            .getString("key");
    String step = "Stop writes " + key;
    ApiClient.Reply raised =
        incidents
            .as("responder")
            .post(
                "api/v1/incidents/" + incident + "/feedback",
                "{\"repository\":\""
                    + key
                    + "\",\"path\":\"restore.md\",\"step\":\""
                    + step
                    + "\",\"problem\":\"wrong\",\"note\":\"The order is reversed.\"}");
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);

    JsonObject open = reviewer.get("api/v1/runbook-feedback?state=open&size=200").json();
    JsonObject mine = feedback(open, step);
    assertThat(mine.getString("state")).isEqualTo("open");
    assertThat(mine.getString("incident")).isEqualTo(incident);
    assertThat(mine.getString("repository")).isEqualTo(key);
    assertThat(mine.getString("note")).isEqualTo("The order is reversed.");
    assertThat(open.getJsonArray("items").stream().map(JsonObject.class::cast))
        .allMatch(item -> item.getString("state").equals("open"));

    // A review that finds the runbook needs change accepts the feedback.
    JsonObject restore =
        ReviewApiIT.item(
            reviewer.get("api/v1/reviews?all=true&size=200&repository=" + key).json(),
            "restore.md");
    ApiClient.Reply recorded =
        reviewer.post(
            "api/v1/reviews/" + restore.getJsonNumber("id").longValue() + "/reviews",
            "{\"version\":"
                + restore.getJsonNumber("version").longValue()
                + ",\"outcome\":\"needs_change\",\"notes\":\"Swap the steps.\"}");
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(
            feedback(reviewer.get("api/v1/runbook-feedback?state=accepted&size=200").json(), step)
                .getString("state"))
        .isEqualTo("accepted");
    assertThat(reviewer.get("api/v1/runbook-feedback?state=open&size=200").body())
        .doesNotContain(step);
    assertThat(reviewer.get("api/v1/runbook-feedback?size=200").body()).contains(step);

    JsonObject ofRepository = reviewer.get("api/v1/runbook-feedback?repository=" + key).json();
    assertThat(ofRepository.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(feedback(ofRepository, step).getString("state")).isEqualTo("accepted");
    assertThat(
            reviewer
                .get("api/v1/runbook-feedback?state=open&repository=" + key)
                .json()
                .getJsonArray("items"))
        .isEmpty();

    for (String query :
        List.of(
            "state=acting",
            "page=-1",
            "size=1000",
            "colour=red",
            "size=abc",
            "repository=Not%20a%20key")) {
      assertProblem(reviewer.get("api/v1/runbook-feedback?" + query), 400);
    }

    BrowserSession pages = new BrowserSession(base).signIn("reviewer", "hindsight-demo", "/");
    assertThat(pages.get("reviews.xhtml").body()).contains("id=\"to-feedback\"");
    HttpResponse<String> accepted = pages.get("runbook-feedback.xhtml?state=accepted");
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.body()).contains(step).contains("The order is reversed.");
    assertThat(pages.get("runbook-feedback.xhtml?state=open").body()).doesNotContain(step);
    HttpResponse<String> bad = pages.get("runbook-feedback.xhtml?state=acting&page=abc");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("There is no feedback state").contains(step);
  }

  private static JsonObject feedback(JsonObject page, String step) {
    return page.getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(item -> item.getString("step").equals(step))
        .findFirst()
        .orElseThrow(() -> new AssertionError(step + " is not in " + page));
  }
}
