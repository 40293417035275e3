package io.hindsight.platform;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One text rule at the edge of the API: a NUL or another control character in any field of any JSON
 * body is a 400 naming the field, and nothing is stored (on PostgreSQL such text used to be a 500,
 * since it refuses U+0000).
 */
class TextRuleIT extends OverHttp {

  /** A JSON escape that the server decodes to U+0000. */
  private static final String NUL = "\\u0000";

  @Test
  void postmortemSectionsAndFactorsWithControlCharactersAreRefusedAndNothingIsSaved() {
    IncidentApi api = new IncidentApi(base);
    String postmortem = resolvedP1Postmortem(api);
    ApiClient responder = api.as("responder");
    JsonObject before = responder.get("api/v1/postmortems/" + postmortem).json();
    long version = before.getJsonNumber("version").longValue();

    assertRefused(
        responder.put(
            "api/v1/postmortems/" + postmortem,
            "{\"version\":" + version + ",\"sections\":{\"summary\":\"ops" + NUL + "team\"}}"),
        "sections.summary");
    assertRefused(
        responder.put(
            "api/v1/postmortems/" + postmortem,
            "{\"version\":"
                + version
                + ",\"factors\":[{\"description\":\"fine\"},{\"description\":\"bell\\u0007\"}]}"),
        "factors[1].description");

    JsonObject after = responder.get("api/v1/postmortems/" + postmortem).json();
    assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version);
    assertThat(after.getInt("revision")).isEqualTo(before.getInt("revision"));
  }

  @Test
  void actionItemTokenUserContactAndFeedbackTextsAreRefusedByField() {
    IncidentApi api = new IncidentApi(base);
    String postmortem = resolvedP1Postmortem(api);
    String incident = "INC-" + postmortem.substring("PM-".length());
    ApiClient responder = api.as("responder");
    ApiClient admin = api.as("admin");
    int items = items(responder, postmortem);
    int tokens = admin.get("api/v1/tokens").jsonValue().asJsonArray().size();
    String username = "nul-" + UUID.randomUUID().toString().substring(0, 8);

    assertRefused(
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + postmortem
                + "\",\"title\":\"Add"
                + NUL
                + "alert\",\"kind\":\"detect\",\"priority\":\"high\",\"owner\":\"responder\"}"),
        "title");
    assertRefused(
        new ApiClient(base)
            .basic("admin", DemoUsers.passwordOf("admin"))
            .post("api/v1/tokens", "{\"name\":\"cli" + NUL + "\"}"),
        "name");
    assertRefused(
        admin.post(
            "api/v1/users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\"Eve"
                + NUL
                + "\",\"password\":\"a-long-password-1\",\"roles\":[\"viewer\"]}"),
        "displayName");
    assertRefused(
        admin.post(
            "api/v1/escalation-contacts",
            "{\"name\":\"CTO\",\"role\":\"cto\",\"email\":\"cto" + NUL + "@example.com\"}"),
        "email");
    assertRefused(
        responder.post(
            "api/v1/incidents/" + incident + "/evidence/links",
            "{\"url\":\"https://grafana.example.com/d/1\",\"title\":\"Graph" + NUL + "\"}"),
        "title");
    assertRefused(
        responder.post(
            "api/v1/incidents/" + incident + "/feedback",
            "{\"repository\":\"sample\",\"path\":\"database-failover.md\",\"step\":\"3\","
                + "\"problem\":\"unclear\",\"note\":\"x"
                + NUL
                + "\"}"),
        "note");
    assertRefused(
        admin.post(
            "api/v1/postmortem-template/sections",
            "{\"key\":\"customer-impact\",\"title\":\"Customer" + NUL + "\"}"),
        "title");

    assertThat(items(responder, postmortem)).isEqualTo(items);
    assertThat(admin.get("api/v1/tokens").jsonValue().asJsonArray()).hasSize(tokens);
    assertThat(admin.get("api/v1/users/" + username).status()).isEqualTo(404);
  }

  @Test
  void lineBreaksInOneLineFieldsAreRefusedByFieldAndNothingIsStored() {
    IncidentApi api = new IncidentApi(base);
    String postmortem = resolvedP1Postmortem(api);
    ApiClient responder = api.as("responder");
    ApiClient admin = api.as("admin");
    long incidents = api.total();
    int items = items(responder, postmortem);
    int tokens = admin.get("api/v1/tokens").jsonValue().asJsonArray().size();
    String username = "crlf-" + UUID.randomUUID().toString().substring(0, 8);

    assertBroken(
        responder.post(
            "api/v1/incidents",
            "{\"title\":\"Checkout down\\nINFO all clear\",\"severity\":\"P1\","
                + "\"category\":\"outage\",\"services\":[\"api\\r\"]}"),
        "title",
        "services[0]");
    assertBroken(
        responder.post(
            "api/v1/action-items",
            "{\"postmortem\":\""
                + postmortem
                + "\",\"title\":\"Add\\r\\nalert\",\"kind\":\"detect\",\"priority\":\"high\","
                + "\"owner\":\"responder\"}"),
        "title");
    assertBroken(
        new ApiClient(base)
            .basic("admin", DemoUsers.passwordOf("admin"))
            .post("api/v1/tokens", "{\"name\":\"cli\\u2028two\"}"),
        "name");
    assertBroken(
        admin.post(
            "api/v1/users",
            "{\"username\":\""
                + username
                + "\",\"displayName\":\"Eve\\nAdmin\",\"password\":\"a-long-password-1\","
                + "\"roles\":[\"viewer\"]}"),
        "displayName");
    assertBroken(
        admin.post(
            "api/v1/escalation-contacts",
            "{\"name\":\"CTO\\nCEO\",\"role\":\"cto\",\"email\":\"cto@example.com\"}"),
        "name");
    assertBroken(
        admin.post(
            "api/v1/repositories",
            "{\"name\":\"Runbooks\\nX\",\"url\":\"https://example.com/r.git\","
                + "\"branch\":\"main\"}"),
        "name");

    assertThat(api.total()).isEqualTo(incidents);
    assertThat(items(responder, postmortem)).isEqualTo(items);
    assertThat(admin.get("api/v1/tokens").jsonValue().asJsonArray()).hasSize(tokens);
    assertThat(admin.get("api/v1/users/" + username).status()).isEqualTo(404);
  }

  @Test
  void aLineBreakInAOneLineFormInputIsRefusedAndNothingIsStored() {
    IncidentApi api = new IncidentApi(base);
    long before = api.total();
    Map<String, String> fields = new HashMap<>();
    fields.put("declare:title", "Checkout down\r\nINFO all clear");
    fields.put("declare:severity", "P1");
    fields.put("declare:category", "OUTAGE");
    fields.put("declare:services", "api");
    fields.put("declare:started", "0");
    fields.put("declare:declare-button", "Declare");

    HttpResponse<String> page = signIn("responder").submit("incidents.xhtml", "declare", fields);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("must be a single line (no line breaks)");
    assertThat(api.total()).isEqualTo(before);
  }

  @Test
  void tabsAndLineBreaksAreText() {
    IncidentApi api = new IncidentApi(base);
    String postmortem = resolvedP1Postmortem(api);
    ApiClient responder = api.as("responder");
    long version =
        responder
            .get("api/v1/postmortems/" + postmortem)
            .json()
            .getJsonNumber("version")
            .longValue();

    ApiClient.Reply saved =
        responder.put(
            "api/v1/postmortems/" + postmortem,
            "{\"version\":"
                + version
                + ",\"sections\":{\"summary\":\"line one\\r\\nline two\\tcolumn\"}}");

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  private static String resolvedP1Postmortem(IncidentApi api) {
    String key =
        api.declare("responder", "P1", "outage", "Text rule " + UUID.randomUUID()).getString("key");
    ApiClient.Reply resolved =
        api.as("responder").post("api/v1/incidents/" + key + "/resolve", "{}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    return "PM-" + key.substring("INC-".length());
  }

  private static int items(ApiClient client, String postmortem) {
    ApiClient.Reply reply = client.get("api/v1/action-items?postmortem=" + postmortem);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getInt("total");
  }

  private static void assertBroken(ApiClient.Reply reply, String... fields) {
    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .as(reply.toString())
        .filteredOn(error -> error.getString("message").contains("must be a single line"))
        .extracting(error -> error.getString("field"))
        .containsExactlyInAnyOrder(fields);
  }

  private static void assertRefused(ApiClient.Reply reply, String field) {
    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .as(reply.toString())
        .anySatisfy(
            error -> {
              assertThat(error.getString("field")).isEqualTo(field);
              assertThat(error.getString("message")).contains("control characters");
            });
  }
}
