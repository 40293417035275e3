package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every repository and runbook endpoint refuses bad input with a clear 4xx and stores nothing. */
class RepositoryApiBadInputIT extends OverHttp {

  /** Remotes under the data directory, where the test server allows file:// remotes. */
  private static final String X = "file://" + TestServer.dataDir().resolve("remotes/x.git");

  private static final String Y = "file://" + TestServer.dataDir().resolve("remotes/y.git");

  private ApiClient admin;

  @BeforeEach
  void signIn() {
    admin = api("admin");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed JSON | {\"key\": | | not valid",
        "unknown field | {\"key\":\"k1\",\"name\":\"n\",\"url\":\"file:///x.git\",\"branch\":\"main\",\"admin\":1} | admin |",
        "no key | {\"name\":\"n\",\"url\":\"file:///x.git\",\"branch\":\"main\"} | key |",
        "bad key | {\"key\":\"Bad Key\",\"name\":\"n\",\"url\":\"file:///x.git\",\"branch\":\"main\"} | key |",
        "no url | {\"key\":\"k2\",\"name\":\"n\",\"branch\":\"main\"} | url |",
        "ftp url | {\"key\":\"k3\",\"name\":\"n\",\"url\":\"ftp://host/x.git\",\"branch\":\"main\"} | url |",
        "url with password | {\"key\":\"k4\",\"name\":\"n\",\"url\":\"https://u:p@host/x.git\",\"branch\":\"main\"} | url |",
        "not a url | {\"key\":\"k5\",\"name\":\"n\",\"url\":\"::nope\",\"branch\":\"main\"} | url |",
        "bad branch | {\"key\":\"k6\",\"name\":\"n\",\"url\":\"file:///x.git\",\"branch\":\"a..b\"} | branch |",
        "folder escapes | {\"key\":\"k7\",\"name\":\"n\",\"url\":\"file:///x.git\",\"branch\":\"main\",\"folder\":\"../etc\"} | folder |",
        "odd credential | {\"key\":\"k8\",\"name\":\"n\",\"url\":\"https://h/x.git\",\"branch\":\"main\",\"credential\":{\"kind\":\"magic\"}} | credential.kind |",
        "token missing | {\"key\":\"k9\",\"name\":\"n\",\"url\":\"https://h/x.git\",\"branch\":\"main\",\"credential\":{\"kind\":\"token\"}} | credential.token |",
        "token on file | {\"key\":\"k10\",\"name\":\"n\",\"url\":\"file:///x.git\",\"branch\":\"main\",\"credential\":{\"kind\":\"token\",\"token\":\"t\"}} | credential.kind |",
        "version given | {\"key\":\"k11\",\"name\":\"n\",\"url\":\"file:///x.git\",\"branch\":\"main\",\"version\":0} | version |",
        "no body | '' | | body is required"
      })
  void badRegistrationsGet400AndStoreNothing(String why, String body, String field, String detail) {
    int before = admin.get("api/v1/repositories").jsonValue().asJsonArray().size();
    ApiClient.Reply reply = admin.post("api/v1/repositories", body);
    assertThat(reply.status()).as(why + ": " + reply).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    if (field != null) {
      assertThat(reply.json().getJsonArray("errors").toString()).contains("\"" + field + "\"");
    } else {
      assertThat(reply.json().getString("detail")).containsIgnoringCase(detail);
    }
    assertThat(admin.get("api/v1/repositories").jsonValue().asJsonArray()).hasSize(before);
  }

  @Test
  void registeringIsForAdminsAndKeysAreUnique() {
    String key = uniqueKey("dup");
    ApiClient reviewer = api("reviewer");
    assertThat(reviewer.post("api/v1/repositories", registration(key, X, null)).status())
        .isEqualTo(403);
    assertThat(admin.get("api/v1/repositories/" + key).status()).isEqualTo(404);
    register(admin, registration(key, X, null));
    ApiClient.Reply again = admin.post("api/v1/repositories", registration(key, Y, null));
    assertThat(again.status()).isEqualTo(409);
    assertThat(new ApiClient(base).get("api/v1/repositories").status()).isEqualTo(401);
  }

  @Test
  void updatesNeedTheCurrentVersionAndRemovalIsFinal() {
    String key = uniqueKey("upd");
    JsonObject created = register(admin, registration(key, X, null)).getJsonObject("repository");
    long version = created.getJsonNumber("version").longValue();
    String change =
        RepositoryFixtures.body(key, Y, "docs").add("version", version).build().toString();

    assertThat(
            admin
                .raw(put(key, change.replace("\"version\":" + version, "\"version\":99")))
                .status())
        .isEqualTo(409);
    assertThat(admin.raw(put(key, change.replace(",\"version\":" + version, ""))).status())
        .isEqualTo(400);
    assertThat(admin.raw(put("nope-" + key, change.replace(key, "nope-" + key))).status())
        .isEqualTo(404);
    ApiClient.Reply updated = admin.raw(put(key, change));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().getString("url")).isEqualTo(Y);
    assertThat(updated.json().getString("folder")).isEqualTo("docs");
    assertThat(admin.raw(put(key, change)).status()).isEqualTo(409);

    assertThat(admin.delete("api/v1/repositories/" + key).status()).isEqualTo(204);
    assertThat(admin.delete("api/v1/repositories/" + key).status()).isEqualTo(404);
    assertThat(admin.get("api/v1/repositories/" + key).status()).isEqualTo(404);
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(404);
    assertThat(admin.get("api/v1/repositories/Not_A_Key").status()).isEqualTo(400);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "%2e%2e/%2e%2e/etc/passwd.md",
        "..%2F..%2Fetc%2Fpasswd.md",
        "docs/%252e%252e/x.md",
        "a%00.md",
        "a%5Cb.md",
        "%2Fetc/x.md",
        "notes.txt",
        ".git/config.md"
      })
  void trickyRunbookPathsGet400(String path) {
    ApiClient.Reply reply = admin.get("api/v1/runbooks/sample/" + path);
    assertThat(reply.status()).as(path + ": " + reply).isEqualTo(400);
    assertThat(reply.body()).doesNotContain("root:").doesNotContain("Exception");
  }

  @Test
  void unknownRepositoriesPathsAndCommitsAre404AndBadCommitsAre400() {
    String key = uniqueKey("diff");
    BareRemote remote = remote("remotes", key);
    remote.commit("Ana Lima", "One", files("one.md", "# One"));
    register(admin, registration(key, remote.url(), null));
    RepositoryFixtures.sync(admin, key);
    String runbook = "api/v1/runbooks/" + key + "/one.md";

    assertThat(admin.get("api/v1/runbooks/nope-" + key + "/one.md").status()).isEqualTo(404);
    assertThat(admin.get("api/v1/runbooks/" + key + "/two.md").status()).isEqualTo(404);
    assertThat(admin.get("api/v1/runbooks/Bad_Key/one.md").status()).isEqualTo(400);
    assertThat(admin.get(runbook + "/history/xyz/diff").status()).isEqualTo(400);
    assertThat(admin.get(runbook + "/history/" + "0".repeat(40) + "/diff").status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"page=-1", "page=x", "size=0", "size=201", "repository=Bad_Key", "owner="})
  void badCatalogQueriesGet400(String query) {
    ApiClient.Reply reply = admin.get("api/v1/runbooks?" + query);
    assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void anUnknownRepositoryFilterListsNothing() {
    JsonObject page = admin.get("api/v1/runbooks?repository=" + uniqueKey("none")).json();
    assertThat(page.getInt("total")).isZero();
  }

  private HttpRequest.Builder put(String key, String json) {
    return admin
        .request("api/v1/repositories/" + key)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json));
  }
}
