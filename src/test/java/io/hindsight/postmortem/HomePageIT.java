package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The home shows the work: open incidents (mine first, breached first) and reviews waiting. */
class HomePageIT extends OverHttp {

  @Test
  void homeListsOpenIncidentsMineAndBreachedFirstAndThePostmortemsWaitingForMyReview() {
    PostmortemApi api = new PostmortemApi(base);
    String user = "oncall" + UUID.randomUUID().toString().substring(0, 8);
    String password = "a long password for " + user;
    assertThat(
            api.as("admin")
                .post(
                    "api/v1/users",
                    "{\"username\":\""
                        + user
                        + "\",\"password\":\""
                        + password
                        + "\",\"roles\":[\"viewer\",\"responder\"]}")
                .status())
        .isEqualTo(201);
    ApiClient oncall = ApiClient.signedIn(base, user, password);
    String calm =
        oncall
            .post(
                "api/v1/incidents",
                "{\"title\":\"Slow search\",\"severity\":\"P3\",\"category\":\"degradation\","
                    + "\"services\":[\"search\"],\"startedAt\":\""
                    + IncidentApi.ago(Duration.ofMinutes(2))
                    + "\",\"detectedAt\":\""
                    + IncidentApi.ago(Duration.ofMinutes(1))
                    + "\"}")
            .json()
            .getString("key");
    String breached =
        oncall
            .post(
                "api/v1/incidents",
                "{\"title\":\"Database down\",\"severity\":\"P0\",\"category\":\"outage\","
                    + "\"services\":[\"db\"],\"startedAt\":\""
                    + IncidentApi.ago(Duration.ofMinutes(50))
                    + "\",\"detectedAt\":\""
                    + IncidentApi.ago(Duration.ofMinutes(45))
                    + "\"}")
            .json()
            .getString("key");

    String home = signIn(user, password).get("index.xhtml").body();
    assertThat(home).contains("id=\"open-incidents\"").contains(breached).contains(calm);
    assertThat(home.indexOf(breached)).as("breached first").isLessThan(home.indexOf(calm));
    String breachedRow = home.substring(home.indexOf(breached), home.indexOf(calm));
    assertThat(breachedRow).contains("SLA breached").contains("yours");
    assertThat(home).containsPattern("[0-9]+ breached SLAs?");
    assertThat(home)
        .as("zero overdue is not shown as a warning")
        .contains("<span class=\"badge due-not_due\">0 overdue</span>");

    String key = api.draft("P1");
    api.save(
        "responder",
        key,
        "summary",
        "The certificate expired because renewal depended on a manual calendar reminder.");
    assertThat(
            api.as("responder")
                .post("api/v1/postmortems/" + key + "/submit", "{\"reviewers\":[\"reviewer\"]}")
                .status())
        .isEqualTo(200);
    assertThat(signIn("reviewer").get("index.xhtml").body())
        .contains("id=\"postmortems-to-review\"")
        .contains(key);
    String responderHome = signIn("responder").get("index.xhtml").body();
    String toReview =
        responderHome.substring(
            responderHome.indexOf("id=\"postmortems-to-review\""),
            responderHome.indexOf("id=\"my-postmortems\""));
    assertThat(toReview).doesNotContain(key).contains("Nothing waits for your review.");
  }
}
