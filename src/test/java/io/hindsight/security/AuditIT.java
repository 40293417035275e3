package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audit trail over HTTP: a role change and a repository credential change are on record (the
 * secret never is), the filters and exports work, only admins read it, and nothing changes it.
 */
class AuditIT extends OverHttp {

  private ApiClient admin;

  @BeforeEach
  void adminToken() {
    admin = api("admin");
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aRoleChangeIsOnRecordWithWhoWhenAndFromWhere() {
    String name = unique("audit-role-");
    ApiClient.Reply created =
        admin.post(
            "api/v1/users",
            "{\"username\":\""
                + name
                + "\",\"password\":\"a-long-password-9\",\"roles\":[\"viewer\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long version = created.json().getJsonNumber("version").longValue();
    ApiClient.Reply changed =
        admin.put(
            "api/v1/users/" + name,
            "{\"displayName\":\"Role Changer\",\"roles\":[\"reviewer\"],\"enabled\":true,"
                + "\"version\":"
                + version
                + "}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

    JsonObject page = list("kind=user&subject=" + name);
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(2);
    JsonObject update = page.getJsonArray("items").getJsonObject(0);
    assertThat(update.getString("action")).isEqualTo("updated");
    assertThat(update.getString("actor")).isEqualTo("admin");
    assertThat(update.getString("via")).isEqualTo("api");
    assertThat(update.getString("clientAddress")).isNotBlank();
    assertThat(update.getString("at")).isNotBlank();
    JsonObject roles = change(update, "roles");
    assertThat(roles.getString("before")).isEqualTo("viewer");
    assertThat(roles.getString("after")).isEqualTo("reviewer");
    assertThat(change(update, "displayName").getString("after")).isEqualTo("Role Changer");

    JsonObject creation = page.getJsonArray("items").getJsonObject(1);
    assertThat(creation.getString("action")).isEqualTo("created");
    assertThat(change(creation, "password").getBoolean("concealed")).isTrue();
    assertThat(page.toString()).doesNotContain("a-long-password-9");
  }

  @Test
  void aRepositoryCredentialChangeIsOnRecordWithoutTheSecret() {
    String key = unique("audit-repo-");
    String first = "first-secret-" + UUID.randomUUID();
    String second = "second-secret-" + UUID.randomUUID();
    ApiClient.Reply registered = admin.post("api/v1/repositories", repository(key, first, null));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    long version = FirstSync.await(admin, key).getJsonNumber("version").longValue();
    ApiClient.Reply updated =
        admin.put("api/v1/repositories/" + key, repository(key, second, version));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

    JsonObject page = list("kind=repository&subject=" + key + "&action=credential-changed");
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject entry = page.getJsonArray("items").getJsonObject(0);
    assertThat(entry.getString("actor")).isEqualTo("admin");
    JsonObject credential = change(entry, "credential");
    assertThat(credential.getBoolean("concealed")).isTrue();
    assertThat(credential.getString("before", null)).isNull();
    assertThat(credential.getString("after", null)).isNull();

    String everything = list("kind=repository&subject=" + key).toString();
    assertThat(everything).contains("\"created\"").doesNotContain(first).doesNotContain(second);
    assertThat(export("csv", "kind=repository&subject=" + key).body())
        .contains("credential-changed")
        .contains("credential: changed (secret, not recorded)")
        .doesNotContain(first)
        .doesNotContain(second);
  }

  @Test
  void theFiltersNarrowTheTrail() {
    String name = unique("audit-filter-");
    admin.post(
        "api/v1/users",
        "{\"username\":\""
            + name
            + "\",\"password\":\"a-long-password-9\",\"roles\":[\"viewer\"]}");

    assertThat(total("kind=user&subject=" + name)).isEqualTo(1);
    assertThat(total("kind=user&subject=" + name + "&actor=admin")).isEqualTo(1);
    assertThat(total("kind=user&subject=" + name + "&actor=responder")).isZero();
    assertThat(total("kind=token&subject=" + name)).isZero();
    assertThat(total("kind=user&subject=" + name + "&action=removed")).isZero();
    assertThat(total("subject=" + name + "&from=2000-01-01&to=2000-12-31")).isZero();
    assertThat(total("subject=" + name + "&from=2000-01-01")).isEqualTo(1);
    JsonObject paged = list("kind=user&size=1&page=0");
    assertThat(paged.getJsonArray("items")).hasSize(1);
    assertThat(paged.getInt("size")).isEqualTo(1);
  }

  @Test
  void theExportsCarryTheFilteredTrailAsCsvAndJson() {
    String name = unique("audit-export-");
    admin.post(
        "api/v1/users",
        "{\"username\":\""
            + name
            + "\",\"password\":\"a-long-password-9\",\"roles\":[\"viewer\"]}");

    ApiClient.Reply csv = export("csv", "subject=" + name);
    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("hindsight-audit.csv");
    assertThat(csv.body().lines())
        .hasSize(2)
        .first()
        .isEqualTo("id,at,actor,via,client_address,kind,subject,action,changes,reason");
    assertThat(csv.body()).contains("\"" + name + "\"").contains("\"created\"");

    ApiClient.Reply json = export("json", "subject=" + name);
    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    JsonArray entries = (JsonArray) json.jsonValue();
    assertThat(entries).hasSize(1);
    assertThat(entries.getJsonObject(0).getString("subject")).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown parameter | who=admin | who",
        "bad actor | actor=Not%20A%20Name! | actor",
        "bad kind | kind=USER | kind",
        "bad action | action=drop%20table | action",
        "bad from | from=yesterday | from",
        "bad to | to=2026-13-01 | to",
        "from after to | from=2026-12-02&to=2026-12-01 | to",
        "before 2000 | from=1999-12-31 | from",
        "negative page | page=-1 | page",
        "huge size | size=100000 | size",
        "twice | actor=admin&actor=bob | actor"
      })
  void badFiltersAre400NamingTheParameter(String label, String query, String field) {
    ApiClient.Reply reply = admin.get("api/v1/audit?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).contains("\"" + field + "\"");
  }

  @Test
  void anExportWithoutAKnownFormatIs400() {
    assertThat(admin.get("api/v1/audit/export").status()).isEqualTo(400);
    ApiClient.Reply xml = admin.get("api/v1/audit/export?format=xml");
    assertThat(xml.status()).isEqualTo(400);
    assertThat(xml.body()).contains("format");
    BrowserSession session = signIn("admin");
    assertThat(session.get("/admin/audit-export?format=xml").statusCode()).isEqualTo(400);
    assertThat(session.get("/admin/audit-export?format=csv&from=soon").statusCode()).isEqualTo(400);
  }

  @Test
  void onlyAdminsReadTheTrail() {
    for (String user : new String[] {"viewer", "responder", "reviewer"}) {
      ApiClient.Reply reply = api(user).get("api/v1/audit");
      assertThat(reply.status()).as(user).isEqualTo(403);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(api(user).get("api/v1/audit/export?format=csv").status()).isEqualTo(403);
    }
    assertThat(admin.anonymous().get("api/v1/audit").status()).isEqualTo(401);
    BrowserSession viewer = signIn("viewer");
    assertThat(viewer.get("/admin/audit.xhtml").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/admin/audit-export?format=csv").statusCode()).isEqualTo(403);
  }

  @Test
  void noEndpointChangesOrDeletesAnEntry() {
    String name = unique("audit-fixed-");
    admin.post(
        "api/v1/users",
        "{\"username\":\""
            + name
            + "\",\"password\":\"a-long-password-9\",\"roles\":[\"viewer\"]}");
    JsonObject entry = list("subject=" + name).getJsonArray("items").getJsonObject(0);
    long id = entry.getJsonNumber("id").longValue();

    for (String path : new String[] {"api/v1/audit", "api/v1/audit/" + id}) {
      assertThat(admin.post(path, "{\"actor\":\"nobody\"}").status()).as(path).isIn(404, 405);
      assertThat(admin.put(path, "{\"actor\":\"nobody\"}").status()).as(path).isIn(404, 405);
      assertThat(admin.delete(path).status()).as(path).isIn(404, 405);
    }
    JsonObject after = list("subject=" + name).getJsonArray("items").getJsonObject(0);
    assertThat(after).isEqualTo(entry);
  }

  @Test
  void theAuditPageAnswersWhoChangedARepositorysCredentialAndWhen() {
    String key = unique("audit-page-");
    String secret = "page-secret-" + UUID.randomUUID();
    assertThat(admin.post("api/v1/repositories", repository(key, secret, null)).status())
        .isEqualTo(201);
    long version = FirstSync.await(admin, key).getJsonNumber("version").longValue();
    assertThat(
            admin
                .put("api/v1/repositories/" + key, repository(key, secret + "-2", version))
                .status())
        .isEqualTo(200);

    BrowserSession session = signIn("admin");
    HttpResponse<String> page =
        session.get(
            "/admin/audit.xhtml?kind=repository&subject=" + key + "&action=credential-changed");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("1 change")
        .contains(key)
        .contains("credential-changed")
        .contains("credential: changed (secret, not recorded)")
        .contains("UTC")
        .doesNotContain(secret);

    HttpResponse<String> csv =
        session.get("/admin/audit-export?format=csv&kind=repository&subject=" + key);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).contains("credential-changed").doesNotContain(secret);

    HttpResponse<String> refused = session.get("/admin/audit.xhtml?from=yesterday");
    assertThat(refused.body()).contains("from must be a date");
  }

  private JsonObject list(String query) {
    ApiClient.Reply reply = admin.get("api/v1/audit?" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private long total(String query) {
    return list(query).getJsonNumber("total").longValue();
  }

  private ApiClient.Reply export(String format, String query) {
    HttpRequest.Builder request =
        admin
            .request("api/v1/audit/export?format=" + format + "&" + query)
            .setHeader("Accept", "text/csv, application/json, application/problem+json");
    return admin.raw(request.GET());
  }

  private static JsonObject change(JsonObject entry, String field) {
    return entry.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("field").equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No change of " + field + " in " + entry));
  }

  private static String repository(String key, String token, Long version) {
    return "{\"key\":\""
        + key
        + "\",\"name\":\"Audit "
        + key
        + "\",\"url\":\"https://git.example.com/team/"
        + key
        + ".git\",\"branch\":\"main\",\"credential\":{\"kind\":\"token\",\"token\":\""
        + token
        + "\"}"
        + (version == null ? "" : ",\"version\":" + version)
        + "}";
  }
}
