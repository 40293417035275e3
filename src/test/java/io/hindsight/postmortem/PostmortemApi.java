package io.hindsight.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;

/** Resolved incidents and their post-mortems, for the post-mortem and action item tests. */
public final class PostmortemApi {

  public final IncidentApi incidents;

  public PostmortemApi(URL base) {
    this.incidents = new IncidentApi(base);
  }

  public ApiClient as(String user) {
    return incidents.as(user);
  }

  /** Declares and resolves an incident as "responder"; returns the incident's key. */
  public String resolvedIncident(String severity, Duration resolvedAgo) {
    String title = "Checkout down " + UUID.randomUUID();
    JsonObject declared =
        incidents.declare(
            "responder",
            "{\"title\":\""
                + title
                + "\",\"severity\":\""
                + severity
                + "\",\"category\":\"outage\",\"services\":[\"checkout-api\"],\"startedAt\":\""
                + IncidentApi.ago(resolvedAgo.plusMinutes(40))
                + "\",\"detectedAt\":\""
                + IncidentApi.ago(resolvedAgo.plusMinutes(30))
                + "\",\"commander\":\"responder\"}");
    String key = declared.getString("key");
    ApiClient responder = as("responder");
    ApiClient.Reply logged =
        responder.post(
            "api/v1/incidents/" + key + "/timeline",
            "{\"kind\":\"observation\",\"text\":\"Checkout returns 503 for everyone\",\"occurredAt\":\""
                + IncidentApi.ago(resolvedAgo.plusMinutes(25))
                + "\"}");
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    ApiClient.Reply resolved =
        responder.post(
            "api/v1/incidents/" + key + "/resolve",
            "{\"at\":\"" + IncidentApi.ago(resolvedAgo) + "\"}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    return key;
  }

  /** The draft post-mortem of an incident of {@code severity} resolved five minutes ago. */
  public String draft(String severity) {
    return postmortemKey(resolvedIncident(severity, Duration.ofMinutes(5)));
  }

  public static String postmortemKey(String incidentKey) {
    return "PM-" + incidentKey.substring("INC-".length());
  }

  public JsonObject read(String user, String key) {
    ApiClient.Reply reply = as(user).get("api/v1/postmortems/" + key);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** Saves one section based on the current version. */
  public JsonObject save(String user, String key, String section, String text) {
    long version = read(user, key).getJsonNumber("version").longValue();
    ApiClient.Reply reply =
        as(user)
            .put(
                "api/v1/postmortems/" + key,
                "{\"version\":"
                    + version
                    + ",\"sections\":{\""
                    + section
                    + "\":"
                    + quote(text)
                    + "}}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static String quote(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
