package io.hindsight.notify;

import static io.hindsight.incident.IncidentApi.ago;
import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.SuiteDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user's personal iCalendar feed: issued, read without credentials, renewed and revoked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarFeedIT {

  private final URL base = SuiteDeployment.base();

  private ApiClient.Reply feed(String path) {
    return new ApiClient(base)
        .raw(new ApiClient(base).request(path).header("Accept", "text/calendar").GET());
  }

  private static String path(JsonObject issued) {
    String url = issued.getString("url");
    assertThat(url).matches("http://localhost:8080/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics");
    return url.substring("http://localhost:8080/".length());
  }

  @Test
  void theFeedListsTheAuthorsPostmortemDeadlineAndStopsWhenRenewedOrRevoked() {
    IncidentApi api = new IncidentApi(base);
    ApiClient responder = api.as("responder");
    String title = "Queue backlog " + UUID.randomUUID();
    String key =
        api.declare(
                "responder",
                "{\"title\":\""
                    + title
                    + "\",\"severity\":\"P1\",\"category\":\"degradation\",\"startedAt\":\""
                    + ago(Duration.ofMinutes(30))
                    + "\",\"commander\":\"responder\"}")
            .getString("key");
    assertThat(responder.post("api/v1/incidents/" + key + "/resolve", "{}").status())
        .isEqualTo(200);
    String postmortem = "PM-" + key.substring("INC-".length());

    ApiClient.Reply issued = responder.post("api/v1/me/calendar-feed", "");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    String first = path(issued.json());
    assertThat(responder.get("api/v1/me/calendar-feed").json().getBoolean("active")).isTrue();

    ApiClient.Reply calendar = feed(first);
    assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
    assertThat(calendar.contentType()).startsWith("text/calendar");
    assertThat(calendar.body())
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("VERSION:2.0")
        .contains("UID:postmortem-" + postmortem + "@hindsight\r\n")
        .contains("Post-mortem due: " + title.substring(0, 20))
        .endsWith("END:VCALENDAR\r\n");
    String again = feed(first).body();
    assertThat(uidLines(again)).isEqualTo(uidLines(calendar.body()));

    String second = path(responder.post("api/v1/me/calendar-feed", "").json());
    assertThat(second).isNotEqualTo(first);
    assertProblem(feed(first), 404);
    assertThat(feed(second).body()).contains("UID:postmortem-" + postmortem + "@hindsight");

    assertThat(responder.delete("api/v1/me/calendar-feed").status()).isEqualTo(204);
    assertProblem(feed(second), 404);
    assertThat(responder.get("api/v1/me/calendar-feed").json().getBoolean("active")).isFalse();
  }

  @Test
  void unknownAndMalformedTokensAreNotFoundAndTheAccountEndpointNeedsASignedInUser() {
    assertProblem(feed("api/v1/calendar/" + "A".repeat(43) + ".ics"), 404);
    assertProblem(feed("api/v1/calendar/short.ics"), 404);
    assertProblem(feed("api/v1/calendar/%3Cscript%3E.ics"), 404);
    assertProblem(new ApiClient(base).post("api/v1/me/calendar-feed", ""), 401);
    assertProblem(new ApiClient(base).delete("api/v1/me/calendar-feed"), 401);
  }

  private static java.util.List<String> uidLines(String calendar) {
    return calendar.lines().filter(l -> l.startsWith("UID:")).sorted().toList();
  }
}
