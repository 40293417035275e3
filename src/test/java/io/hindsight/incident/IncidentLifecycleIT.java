package io.hindsight.incident;

import static io.hindsight.incident.IncidentApi.ago;
import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An incident from declaration to resolution over HTTP, with its SLA clock and escalation. */
class IncidentLifecycleIT extends OverHttp {

  @Test
  void declareLogAcknowledgeMitigateResolveAndReopen() {
    IncidentApi api = new IncidentApi(base);
    String title = "Checkout 5xx " + UUID.randomUUID();
    JsonObject declared = api.declare("responder", "P1", "degradation", title);
    String key = declared.getString("key");
    assertThat(key).matches("INC-\\d{4}-\\d{4,}");
    assertThat(declared.getString("status")).isEqualTo("declared");
    assertThat(declared.getString("declaredBy")).isEqualTo("responder");
    assertThat(declared.getBoolean("restricted")).isFalse();
    assertThat(declared.getJsonObject("sla").getInt("responseTargetMinutes")).isEqualTo(60);
    assertThat(declared.getJsonObject("sla").getBoolean("breached")).isFalse();
    assertThat(declared.getJsonObject("sla").getString("statusUpdateDueAt")).isNotBlank();
    assertThat(declared.getJsonArray("escalation").getJsonObject(0).getString("role"))
        .isEqualTo("PRIMARY_ON_CALL");

    ApiClient responder = api.as("responder");
    String path = "api/v1/incidents/" + key;
    ApiClient.Reply observed =
        responder.post(
            path + "/timeline",
            "{\"kind\":\"observation\",\"text\":\"5xx at 30%\",\"occurredAt\":\""
                + ago(Duration.ofMinutes(4))
                + "\"}");
    assertThat(observed.status()).as(observed.toString()).isEqualTo(201);
    long observation = observed.json().getJsonNumber("id").longValue();
    ApiClient.Reply corrected =
        responder.post(
            path + "/timeline",
            "{\"kind\":\"observation\",\"text\":\"5xx at 40%, not 30%\",\"corrects\":"
                + observation
                + "}");
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    assertThat(corrected.json().getJsonNumber("corrects").longValue()).isEqualTo(observation);
    assertThat(
            responder
                .post(path + "/timeline", "{\"kind\":\"status_update\",\"text\":\"Rolling back\"}")
                .status())
        .isEqualTo(201);

    JsonObject acknowledged = responder.post(path + "/acknowledge", "").json();
    assertThat(acknowledged.getString("status")).isEqualTo("acknowledged");
    assertThat(acknowledged.getJsonObject("sla").getJsonNumber("timeToAcknowledgeSeconds"))
        .isNotNull();
    assertThat(
            responder
                .post(path + "/mitigate", "{\"note\":\"rolled back\"}")
                .json()
                .getString("status"))
        .isEqualTo("mitigated");
    JsonObject resolved = responder.post(path + "/resolve", "{}").json();
    assertThat(resolved.getString("status")).isEqualTo("resolved");
    assertThat(resolved.getBoolean("open")).isFalse();
    assertThat(resolved.getJsonObject("sla").getJsonNumber("timeToResolveSeconds")).isNotNull();
    assertThat(resolved.getJsonObject("sla").containsKey("statusUpdateDueAt")).isFalse();

    JsonArray timeline = responder.get(path + "/timeline").jsonValue().asJsonArray();
    assertThat(timeline.stream().map(e -> e.asJsonObject().getString("kind")))
        .contains("decision", "observation", "status_update", "action", "escalation");
    assertThat(timeline.toString())
        .contains("Acknowledged", "Mitigated at", "rolled back", "Resolved at", "5xx at 30%");

    ApiClient.Reply lateAction =
        responder.post(path + "/timeline", "{\"kind\":\"action\",\"text\":\"restart\"}");
    assertProblem(lateAction, 409);
    assertThat(lateAction.json().getString("detail")).contains("only notes");
    assertThat(
            responder.post(path + "/timeline", "{\"kind\":\"note\",\"text\":\"later\"}").status())
        .isEqualTo(201);
    assertProblem(responder.post(path + "/resolve", ""), 409);

    JsonObject reopened = responder.post(path + "/reopen", "").json();
    assertThat(reopened.getString("status")).isEqualTo("acknowledged");
    assertThat(reopened.getJsonObject("sla").getString("statusUpdateDueAt")).isNotBlank();
    assertThat(responder.get(path + "/timeline").body()).contains("Reopened");
  }

  @Test
  void theListShowsOpenIncidentsFirstWithKeyAndSlaAndFilters() {
    IncidentApi api = new IncidentApi(base);
    String service = "svc-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "{\"title\":\"Latency\",\"severity\":\"P0\",\"category\":\"outage\",\"services\":[\""
            + service
            + "\"],\"startedAt\":\""
            + ago(Duration.ofMinutes(50))
            + "\",\"detectedAt\":\""
            + ago(Duration.ofMinutes(40))
            + "\"}";
    String breached = api.declare("responder", body).getString("key");
    String closed = api.declare("responder", body).getString("key");
    api.as("responder").post("api/v1/incidents/" + closed + "/resolve", "");

    JsonObject page =
        api.as("viewer").get("api/v1/incidents?service=" + service + "&size=10").json();
    assertThat(page.getInt("total")).isEqualTo(2);
    JsonArray items = page.getJsonArray("items");
    assertThat(items.getJsonObject(0).getString("key")).isEqualTo(breached);
    assertThat(items.getJsonObject(0).getJsonObject("sla").getBoolean("breached")).isTrue();
    assertThat(items.getJsonObject(1).getString("key")).isEqualTo(closed);

    assertThat(keys(api, "service=" + service + "&open=true")).containsExactly(breached);
    assertThat(keys(api, "service=" + service + "&status=resolved")).containsExactly(closed);
    assertThat(keys(api, "service=" + service + "&breached=true")).contains(breached);
    assertThat(keys(api, "service=" + service + "&severity=P1")).isEmpty();
    JsonObject second =
        api.as("viewer").get("api/v1/incidents?service=" + service + "&size=1&page=1").json();
    assertThat(second.getJsonArray("items")).hasSize(1);
    assertThat(second.getJsonArray("items").getJsonObject(0).getString("key")).isEqualTo(closed);

    assertThat(api.as("responder").post("api/v1/incidents/" + closed + "/reopen", "").status())
        .isEqualTo(200);
    assertThat(keys(api, "service=" + service))
        .as("a reopened incident is open again: the newer of two open incidents comes first")
        .containsExactly(closed, breached);
  }

  @Test
  void escalationStepsAreLoggedAndQueuedForTheConfiguredContacts() {
    IncidentApi api = new IncidentApi(base);
    String cto = "CTO " + UUID.randomUUID();
    ApiClient.Reply contact =
        api.as("admin")
            .post(
                "api/v1/escalation-contacts",
                "{\"name\":\"" + cto + "\",\"role\":\"CTO\",\"email\":\"cto@example.com\"}");
    assertThat(contact.status()).as(contact.toString()).isEqualTo(201);

    JsonObject outage =
        api.declare(
            "responder",
            "{\"title\":\"Region down\",\"severity\":\"P0\",\"category\":\"outage\","
                + "\"startedAt\":\""
                + ago(Duration.ofMinutes(125))
                + "\"}");
    String key = outage.getString("key");

    assertThat(
            outage.getJsonArray("escalation").stream().map(e -> e.asJsonObject().getString("rule")))
        .contains("DECLARED", "CRITICAL", "LONG_OUTAGE");
    JsonObject longOutage =
        outage.getJsonArray("escalation").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("rule").equals("LONG_OUTAGE"))
            .findFirst()
            .orElseThrow();
    assertThat(longOutage.getString("role")).isEqualTo("CTO");
    assertThat(longOutage.getString("escalatedAt")).isNotBlank();
    assertThat(longOutage.getJsonArray("contacts").toString()).contains(cto);

    ApiClient responder = api.as("responder");
    assertThat(responder.get("api/v1/incidents/" + key + "/timeline").body())
        .contains("Escalated to the cto (")
        .contains("Escalated to the engineering manager");
    JsonArray notifications =
        responder.get("api/v1/incidents/" + key + "/notifications").jsonValue().asJsonArray();
    assertThat(notifications.toString())
        .contains("cto@example.com")
        .containsPattern("\"state\":\"(queued|sending|sent|failed)\"")
        .contains(key + ":LONG_OUTAGE:contact-");

    responder.post("api/v1/incidents/" + key + "/acknowledge", "");
    JsonArray again =
        responder.get("api/v1/incidents/" + key + "/notifications").jsonValue().asJsonArray();
    assertThat(again).hasSameSizeAs(notifications);
  }

  @Test
  void theBreachedFilterSplitsIncidentsIntoBreachedAndOnTarget() {
    IncidentApi api = new IncidentApi(base);
    String service = "svc-" + UUID.randomUUID().toString().substring(0, 8);
    String onTarget = api.declare("responder", incident("P3", service, 10, 5)).getString("key");
    String unanswered = api.declare("responder", incident("P0", service, 50, 40)).getString("key");
    String answered = api.declare("responder", incident("P2", service, 50, 40)).getString("key");
    api.as("responder").post("api/v1/incidents/" + answered + "/acknowledge", "");

    assertThat(keys(api, "service=" + service + "&breached=true")).containsExactly(unanswered);
    assertThat(keys(api, "service=" + service + "&breached=false"))
        .containsExactlyInAnyOrder(onTarget, answered);
  }

  @Test
  void aBackdatedStepIsLoggedAtTheTimeItWasTaken() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", incident("P1", "checkout-api", 70, 60)).getString("key");
    ApiClient responder = api.as("responder");
    String path = "api/v1/incidents/" + key;
    String acknowledgedAt = ago(Duration.ofMinutes(55));
    assertThat(
            responder
                .post(
                    path + "/timeline",
                    "{\"kind\":\"observation\",\"text\":\"Error rate back to 2%\","
                        + "\"occurredAt\":\""
                        + ago(Duration.ofMinutes(30))
                        + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            responder.post(path + "/acknowledge", "{\"at\":\"" + acknowledgedAt + "\"}").status())
        .isEqualTo(200);
    String resolvedAt = ago(Duration.ofMinutes(10));
    assertThat(responder.post(path + "/resolve", "{\"at\":\"" + resolvedAt + "\"}").status())
        .isEqualTo(200);

    List<JsonObject> log =
        responder.get(path + "/timeline").jsonValue().asJsonArray().getValuesAs(JsonObject.class);
    List<String> texts = log.stream().map(e -> e.getString("text")).toList();
    JsonObject acknowledged =
        log.stream().filter(e -> e.getString("text").startsWith("Acknowledged")).findFirst().get();
    assertThat(Instant.parse(acknowledged.getString("occurredAt")))
        .isEqualTo(Instant.parse(acknowledgedAt));
    assertThat(texts.indexOf(acknowledged.getString("text")))
        .isLessThan(texts.indexOf("Error rate back to 2%"));

    JsonObject postmortem =
        responder.get("api/v1/postmortems/PM-" + key.substring("INC-".length())).json();
    JsonObject resolved =
        postmortem.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("text").startsWith("Resolved"))
            .findFirst()
            .get();
    assertThat(Instant.parse(resolved.getString("occurredAt")))
        .isEqualTo(Instant.parse(resolvedAt));
  }

  @Test
  void raisingTheSeverityOfAResolvedIncidentKeepsItsTargetsAndPagesNobody() {
    IncidentApi api = new IncidentApi(base);
    String key =
        api.declare("responder", incident("P2", "checkout-api", 130, 120)).getString("key");
    ApiClient responder = api.as("responder");
    String path = "api/v1/incidents/" + key;
    responder.post(path + "/acknowledge", "{\"at\":\"" + ago(Duration.ofMinutes(90)) + "\"}");
    JsonObject resolved =
        responder
            .post(path + "/resolve", "{\"at\":\"" + ago(Duration.ofMinutes(30)) + "\"}")
            .json();

    ApiClient.Reply raised = responder.put(path, edited(resolved, "P0", "security"));

    assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
    JsonObject incident = raised.json();
    assertThat(incident.getString("severity")).isEqualTo("P0");
    assertThat(incident.getJsonObject("sla").getBoolean("breached")).isFalse();
    assertThat(incident.getJsonObject("sla").getInt("responseTargetMinutes")).isEqualTo(240);
    assertThat(
            incident.getJsonArray("escalation").stream()
                .map(e -> e.asJsonObject().getString("rule")))
        .doesNotContain("CRITICAL", "SECURITY");
    String timeline = responder.get(path + "/timeline").body();
    assertThat(timeline)
        .contains("Severity changed from P2 to P0. The acknowledgement target stays")
        .doesNotContain("Escalated to the engineering manager")
        .doesNotContain("Escalated to the cto");
    assertThat(responder.get(path + "/notifications").body())
        .doesNotContain(":CRITICAL:")
        .doesNotContain(":SECURITY:");
  }

  /** A declaration started and detected the given minutes ago. */
  private static String incident(
      String severity, String service, int startedMinutesAgo, int detectedMinutesAgo) {
    return "{\"title\":\"Checkout errors\",\"severity\":\""
        + severity
        + "\",\"category\":\"degradation\",\"services\":[\""
        + service
        + "\"],\"startedAt\":\""
        + ago(Duration.ofMinutes(startedMinutesAgo))
        + "\",\"detectedAt\":\""
        + ago(Duration.ofMinutes(detectedMinutesAgo))
        + "\"}";
  }

  /** The incident's fields as read, with another severity and category. */
  private static String edited(JsonObject incident, String severity, String category) {
    return Json.createObjectBuilder()
        .add("version", incident.getJsonNumber("version"))
        .add("title", incident.getString("title"))
        .add("severity", severity)
        .add("category", category)
        .add("services", incident.getJsonArray("services"))
        .add("startedAt", incident.getString("startedAt"))
        .add("detectedAt", incident.getString("detectedAt"))
        .add("restricted", false)
        .build()
        .toString();
  }

  private static java.util.List<String> keys(IncidentApi api, String query) {
    return api.as("viewer").get("api/v1/incidents?" + query).json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("key"))
        .toList();
  }
}
