package io.hindsight.change.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.ChangeFixtures;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/**
 * A new runbook over HTTP: opened as a change request adding the file, reviewed, merged and pushed;
 * every bad path or text refused with a clear problem and nothing opened.
 */
class NewRunbookApiIT extends OverHttp {

  private static final String TEXT =
      "---\ntitle: Cache flush\nowner: reviewer\n---\n# Cache flush\n\n## Trigger\n\nStale pages.\n"
          + "\n## Impact\n\nOld prices.\n\n## Steps\n\n1. Flush.\n\n## Verification\n\nFresh.\n"
          + "\n## Rollback\n\nNothing to undo.\n\n## Escalation\n\nCall the web team.\n";

  @Test
  void aNewRunbookIsAddedThroughAReviewedChange() {
    String key = ChangeFixtures.key("chg-new");
    BareRemote remote = ChangeFixtures.repository(api("admin"), key);
    ApiClient author = api("reviewer");
    String path = "runbooks/web/cache-flush.md";

    ApiClient.Reply opened =
        author.post("api/v1/change-requests", newRunbook(key + "/" + path, TEXT));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    assertThat(opened.json().getString("title")).isEqualTo("New runbook cache-flush.md");
    JsonObject detail = author.get("api/v1/change-requests/" + id).json();
    assertThat(detail.getString("before")).isEmpty();
    assertThat(detail.getString("after")).isEqualTo(TEXT);
    assertThat(detail.getString("diff")).contains("+## Escalation");

    int version = detail.getJsonObject("summary").getInt("version");
    JsonObject submitted = act(author, id, "submit", version).json();
    ApiClient.Reply approved =
        api("reviewer2")
            .post(
                "api/v1/change-requests/" + id + "/reviews",
                Json.createObjectBuilder()
                    .add("verdict", "approve")
                    .add("version", submitted.getInt("version"))
                    .build()
                    .toString());
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    JsonObject merged =
        act(api("reviewer2"), id, "merge", approved.json().getInt("version")).json();
    assertThat(merged.getString("state")).isEqualTo("merged");
    assertThat(GitCli.bare(remote.directory(), "show", "main:" + path)).isEqualTo(TEXT);
    GitCli.bare(remote.directory(), "fsck", "--strict");
    assertThat(author.get("api/v1/runbooks/" + key + "/" + path).json().getString("html"))
        .contains("Call the web team");

    ApiClient.Reply again = author.post("api/v1/change-requests", newRunbook(key + "/" + path));
    assertProblem(again, 409, "already");
  }

  @Test
  void badPathsAndTextsAreRefusedClearlyAndNothingIsStored() {
    String key = ChangeFixtures.key("chg-newbad");
    BareRemote remote = ChangeFixtures.repository(api("admin"), key);
    ApiClient responder = api("responder");

    assertProblem(
        responder.post("api/v1/change-requests", newRunbook(key + "/runbooks/../secrets.md")),
        400,
        "'..'");
    assertProblem(
        responder.post("api/v1/change-requests", newRunbook(key + "/docs/cache.md")),
        400,
        "outside the runbook folder runbooks/");
    assertProblem(
        responder.post("api/v1/change-requests", newRunbook(key + "/runbooks/cache.txt")),
        400,
        ".md");
    assertProblem(
        responder.post("api/v1/change-requests", newRunbook(key + "/runbooks/a%2fb.md")),
        400,
        "'%'");
    assertProblem(
        responder.post("api/v1/change-requests", newRunbook(key)), 400, "<repository>/<path>.md");
    assertProblem(
        responder.post("api/v1/change-requests", newRunbook(key + "/" + ChangeFixtures.PATH)),
        409,
        "already");
    assertProblem(
        responder.post(
            "api/v1/change-requests",
            newRunbook(key + "/runbooks/big.md", "# Big\n" + "x".repeat(600_000))),
        413,
        "at most");
    assertProblem(
        responder.post(
            "api/v1/change-requests",
            newRunbook(key + "/runbooks/zip.md", "PK\u0003\u0004\u0000\u0000")),
        400,
        "control characters");
    assertProblem(
        responder.post(
            "api/v1/change-requests",
            Json.createObjectBuilder()
                .add("runbook", key + "/" + ChangeFixtures.PATH)
                .add("content", "# x\n")
                .build()
                .toString()),
        400,
        "newRunbook");
    assertProblem(
        api("viewer").post("api/v1/change-requests", newRunbook(key + "/runbooks/v.md")), 403, "");

    assertThat(responder.get("api/v1/change-requests?repository=" + key).json().getInt("total"))
        .as("no refused request opened a change request")
        .isZero();
    assertThat(GitCli.bare(remote.directory(), "for-each-ref", "--format=%(refname)"))
        .isEqualTo("refs/heads/main\n");
  }

  private static ApiClient.Reply act(ApiClient client, long id, String action, int version) {
    ApiClient.Reply reply =
        client.post(
            "api/v1/change-requests/" + id + "/" + action,
            Json.createObjectBuilder().add("version", version).build().toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply;
  }

  private static String newRunbook(String runbook) {
    return builder(runbook).build().toString();
  }

  private static String newRunbook(String runbook, String content) {
    return builder(runbook).add("content", content).build().toString();
  }

  private static JsonObjectBuilder builder(String runbook) {
    return Json.createObjectBuilder().add("runbook", runbook).add("newRunbook", true);
  }

  private static void assertProblem(ApiClient.Reply reply, int status, String text) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    assertThat(reply.body()).as(reply.toString()).contains(text);
  }
}
