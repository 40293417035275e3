package io.hindsight.review;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.incident.IncidentApi;
import io.hindsight.platform.crypto.TimestampedSignature;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/changes/infrastructure} on WildFly: a pipeline signs the change with the
 * secret an admin set, and the runbooks of the service are due in 14 days with the change as their
 * reason; unsigned, badly signed, stale and replayed deliveries are refused and store nothing; a
 * responder's token reports a change without a signature.
 */
class InfrastructureChangeIT extends OverHttp {

  private static final String PATH = "api/v1/changes/infrastructure";

  @Test
  void aSignedChangeMakesTheServicesRunbooksDueAndStaleBadOrReplayedDeliveriesStoreNothing() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    IncidentApi incidents = new IncidentApi(base);
    ApiClient admin = incidents.as("admin");
    ApiClient reviewer = incidents.as("reviewer");
    ApiClient pipeline = new ApiClient(base);
    String key = ReviewApiIT.uniqueKey("infra");
    String service = "vault-" + key;
    BareRemote remote = ReviewApiIT.repository(admin, key, today);
    remote.commit(
        "Ana Lima",
        "Vault runbooks",
        BareRemote.files(
            "vault.md",
            "---\nservices: [" + service + "]\n---\n# Vault\n\n1. Unseal.\n",
            "rotate.md",
            "# Rotate\n\n1. Rotate the " + service + " root token.\n",
            "other.md",
            "# Other\n\n1. Nothing about it.\n"));
    FirstSync.await(admin, key);
    assertThat(admin.post("api/v1/repositories/" + key + "/sync", "").status()).isEqualTo(200);

    assertProblem(reviewer.post(PATH + "/secret", ""), 403);
    ApiClient.Reply created = admin.post(PATH + "/secret", "");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String secret = created.json().getString("secret");
    assertThat(created.json().getString("signatureHeader")).isEqualTo("X-Hindsight-Signature");
    JsonObject status = admin.get(PATH + "/secret").json();
    assertThat(status.getBoolean("secretSet")).isTrue();
    assertThat(status.getString("changedBy")).isEqualTo("admin");
    assertThat(status.toString()).doesNotContain(secret);

    byte[] body =
        ("{\"service\":\""
                + service
                + "\",\"reference\":\"tf-apply-"
                + key
                + "\",\"description\":\"Vault 1.18\"}")
            .getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    String signature = TimestampedSignature.sign(secret, now, body);

    // Refused before anything is stored: unsigned, badly signed, signed by another secret, stale.
    assertProblem(signed(pipeline, body, null, null), 401);
    assertProblem(signed(pipeline, body, Long.toString(now), null), 401);
    assertProblem(signed(pipeline, body, Long.toString(now), "sha256=00"), 401);
    assertProblem(
        signed(pipeline, body, Long.toString(now + 1), signature), 401); // the timestamp is signed
    assertProblem(
        signed(
            pipeline,
            body,
            Long.toString(now),
            TimestampedSignature.sign("not-the-secret", now, body)),
        401);
    long sixMinutesAgo = now - 360;
    ApiClient.Reply stale =
        signed(
            pipeline,
            body,
            Long.toString(sixMinutesAgo),
            TimestampedSignature.sign(secret, sixMinutesAgo, body));
    assertProblem(stale, 401);
    assertThat(stale.json().getString("detail")).contains("accepted only while fresh");
    for (String bad :
        List.of("", "{}", "{\"service\":\"two words\"}", "{\"service\":42}", "not json", "[]")) {
      byte[] badBody = bad.getBytes(StandardCharsets.UTF_8);
      assertProblem(
          signed(
              pipeline,
              badBody,
              Long.toString(now),
              TimestampedSignature.sign(secret, now, badBody)),
          400);
    }
    assertThat(changed(reviewer, key)).as("nothing stored on refusal").isEmpty();

    ApiClient.Reply accepted = signed(pipeline, body, Long.toString(now), signature);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().getString("due")).isEqualTo(today.plusDays(14).toString());
    assertThat(accepted.json().getJsonArray("runbooks").stream().map(JsonObject.class::cast))
        .extracting(runbook -> runbook.getString("path"))
        .containsExactly("vault.md", "rotate.md");
    assertThat(changed(reviewer, key)).containsExactlyInAnyOrder("vault.md", "rotate.md");
    JsonObject reason =
        ReviewApiIT.item(
                reviewer.get("api/v1/reviews?reason=change&repository=" + key).json(), "vault.md")
            .getJsonArray("reasons")
            .getJsonObject(0);
    assertThat(reason.getString("kind")).isEqualTo("change");
    assertThat(reason.getString("label")).isEqualTo("changed: " + service + " (Vault 1.18)");
    assertThat(reason.getString("due")).isEqualTo(today.plusDays(14).toString());

    ApiClient.Reply replayed = signed(pipeline, body, Long.toString(now), signature);
    assertProblem(replayed, 409);
    assertThat(replayed.json().getString("detail")).contains("received already");
    String shouted = "SHA256=" + signature.substring(7).toUpperCase(java.util.Locale.ROOT);
    assertProblem(
        signed(pipeline, body, Long.toString(now), shouted),
        409); // the same delivery, spelled otherwise

    // A new reference from a responder's token, no signature: a second reason on the same items.
    ApiClient.Reply byToken =
        incidents
            .as("responder")
            .post(PATH, "{\"service\":\"" + service + "\",\"reference\":\"by-hand-" + key + "\"}");
    assertThat(byToken.status()).as(byToken.toString()).isEqualTo(200);
    assertThat(
            ReviewApiIT.item(
                    reviewer.get("api/v1/reviews?reason=change&repository=" + key).json(),
                    "vault.md")
                .getJsonArray("reasons"))
        .hasSize(2);
    assertProblem(incidents.as("viewer").post(PATH, "{\"service\":\"" + service + "\"}"), 403);

    // A new secret: the old one no longer signs; removed, nothing signed is accepted.
    String renewed = admin.post(PATH + "/secret", "").json().getString("secret");
    long later = Instant.now().getEpochSecond();
    byte[] next =
        ("{\"service\":\"" + service + "\",\"reference\":\"next-" + key + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    assertProblem(
        signed(
            pipeline, next, Long.toString(later), TimestampedSignature.sign(secret, later, next)),
        401);
    assertThat(admin.delete(PATH + "/secret").status()).isEqualTo(204);
    assertThat(admin.get(PATH + "/secret").json().getBoolean("secretSet")).isFalse();
    assertProblem(
        signed(
            pipeline, next, Long.toString(later), TimestampedSignature.sign(renewed, later, next)),
        401);
    assertThat(
            ReviewApiIT.item(
                    reviewer.get("api/v1/reviews?reason=change&repository=" + key).json(),
                    "vault.md")
                .getJsonArray("reasons"))
        .as("nothing more stored")
        .hasSize(2);
  }

  private static List<String> changed(ApiClient reviewer, String key) {
    return ReviewApiIT.paths(reviewer.get("api/v1/reviews?reason=change&repository=" + key).json());
  }

  private static ApiClient.Reply signed(
      ApiClient client, byte[] body, String timestamp, String signature) {
    HttpRequest.Builder request =
        client
            .request(PATH)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (timestamp != null) {
      request.header(TimestampedSignature.TIMESTAMP_HEADER, timestamp);
    }
    if (signature != null) {
      request.header(TimestampedSignature.SIGNATURE_HEADER, signature);
    }
    return client.raw(request);
  }
}
