package io.hindsight.platform;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.change.ChangeFixtures;
import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.OtlpReceiver;
import io.hindsight.testing.OtlpReceiver.ReceivedSpan;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.SuiteCollector;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Traces as an OpenTelemetry collector receives them: the test server exports by OTLP/HTTP to
 * {@code HINDSIGHT_OTEL_ENDPOINT}, which the build points at the suite's receiver ({@link
 * SuiteCollector}, {@code it.otel.port}). Without that setting nothing is exported ({@code
 * TraceSettingsTest}).
 */
class TracesIT extends OverHttp {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final OtlpReceiver collector = SuiteCollector.receiver();
  private final long mark = collector.mark();

  @Test
  void anApiCallIsAServerSpanWithItsUseCaseAndDatabaseWorkInside() {
    ApiClient.Reply listed = api("responder").get("api/v1/incidents");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);

    ReceivedSpan request =
        collector.await(
            mark,
            server("GET").and(span -> "/api/v1/incidents".equals(span.attribute("http.route"))),
            PATIENCE);
    assertThat(request.service()).isEqualTo("hindsight");
    assertThat(request.name()).isEqualTo("GET /api/v1/incidents");
    assertThat(request.attribute("http.response.status_code")).isEqualTo("200");
    ReceivedSpan useCase = collector.await(mark, childOf(request).and(internal()), PATIENCE);
    assertThat(useCase.name()).matches("\\w+\\.\\w+");
    assertThat(useCase.attribute("code.namespace")).startsWith("io.hindsight.");
    assertThat(useCase.attribute("hindsight.transaction")).isNotBlank();
  }

  @Test
  void aSyncFetchesAndPublishesInSpansNamedForTheRepository() {
    String key = ChangeFixtures.key("traced-sync");
    ApiClient admin = api("admin");
    BareRemote remote = ChangeFixtures.repository(admin, key);
    remote.commit("Ana Lima", "Another runbook", files("runbooks/second.md", "# Second\n"));
    ReceivedSpan fixtureSync = collector.await(mark, syncRequest(), PATIENCE);
    collector.await(mark, git("publish", key).and(sameTrace(fixtureSync)), PATIENCE);
    long synced = collector.mark();
    ApiClient.Reply sync = admin.post("api/v1/repositories/" + key + "/sync", "");
    assertThat(sync.status()).as(sync.toString()).isEqualTo(200);

    ReceivedSpan fetch = collector.await(synced, git("fetch", key), PATIENCE);
    ReceivedSpan publish = collector.await(synced, git("publish", key), PATIENCE);
    assertThat(publish.traceId()).isEqualTo(fetch.traceId());
    ReceivedSpan request =
        collector.await(
            synced,
            server("POST")
                .and(span -> span.traceId().equals(fetch.traceId()))
                .and(span -> span.parentSpanId().isEmpty()),
            PATIENCE);
    assertThat(request.name()).isEqualTo("POST /api/v1/repositories/{key}/sync");
    assertThat(fetch.status()).isEqualTo("STATUS_CODE_UNSET");
  }

  @Test
  void aMergeTagsAndMovesTheBranchInsideTheRequestsTraceAndPushesFromTheQueue() {
    String key = ChangeFixtures.key("traced-merge");
    ApiClient admin = api("admin");
    ChangeFixtures.repository(admin, key);
    ApiClient author = api("responder");
    ApiClient reviewer = api("reviewer");
    ApiClient.Reply opened =
        author.post(
            "api/v1/change-requests",
            body().add("runbook", key + "/" + ChangeFixtures.PATH).build().toString());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long id = opened.json().getJsonNumber("id").longValue();
    String edited =
        ChangeFixtures.ORIGINAL.replace("2. Restore the snapshot", "2. Restore the newest one");
    ApiClient.Reply saved =
        author.put(
            "api/v1/change-requests/" + id + "/content",
            body()
                .add("version", 0)
                .add("significant", true)
                .add("content", edited)
                .build()
                .toString());
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    JsonObject submitted =
        author
            .post(
                "api/v1/change-requests/" + id + "/submit",
                body().add("version", saved.json().getInt("version")).build().toString())
            .json();
    ApiClient.Reply approved =
        reviewer.post(
            "api/v1/change-requests/" + id + "/reviews",
            body()
                .add("verdict", "approve")
                .add("comment", "Fine")
                .add("version", submitted.getInt("version"))
                .build()
                .toString());
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    ApiClient.Reply merged =
        reviewer.post(
            "api/v1/change-requests/" + id + "/merge",
            body().add("version", approved.json().getInt("version")).build().toString());
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

    collector.await(mark, git("commit", key), PATIENCE);
    ReceivedSpan tag = collector.await(mark, git("tag", key), PATIENCE);
    collector.await(mark, git("move-branch", key).and(sameTrace(tag)), PATIENCE);
    ReceivedSpan request = collector.await(mark, server("POST").and(sameTrace(tag)), PATIENCE);
    ReceivedSpan push = collector.await(mark, git("push", key), PATIENCE);
    assertThat(push.traceId())
        .as("the push goes from the queue, after the request")
        .isNotEqualTo(tag.traceId());
    assertThat(request.name()).isEqualTo("POST /api/v1/change-requests/{id}/merge");
    assertThat(request.parentSpanId()).isEmpty();
    ReceivedSpan useCase =
        collector.await(
            mark, childOf(request).and(span -> span.name().equals("ChangeMerger.merge")), PATIENCE);
    assertThat(useCase.attribute("code.namespace")).startsWith("io.hindsight.change.application.");
  }

  @Test
  void aPageIsAServerSpanNamedForThePage() {
    assertThat(signIn("responder").get("/incidents.xhtml").statusCode()).isEqualTo(200);

    ReceivedSpan page =
        collector.await(
            mark, server("GET").and(span -> span.name().equals("GET /incidents.xhtml")), PATIENCE);
    assertThat(page.attribute("http.route")).isEqualTo("/incidents.xhtml");
    assertThat(page.attribute("http.response.status_code")).isEqualTo("200");
  }

  private static Predicate<ReceivedSpan> server(String method) {
    return span -> span.kind().equals("SPAN_KIND_SERVER") && span.name().startsWith(method + " ");
  }

  private static Predicate<ReceivedSpan> syncRequest() {
    return server("POST").and(span -> span.name().equals("POST /api/v1/repositories/{key}/sync"));
  }

  private static Predicate<ReceivedSpan> internal() {
    return span -> span.kind().equals("SPAN_KIND_INTERNAL");
  }

  private static Predicate<ReceivedSpan> childOf(ReceivedSpan parent) {
    return span -> span.parentSpanId().equals(parent.spanId());
  }

  private static Predicate<ReceivedSpan> sameTrace(ReceivedSpan other) {
    return span -> span.traceId().equals(other.traceId());
  }

  private static Predicate<ReceivedSpan> git(String operation, String repository) {
    return span ->
        span.name().equals("git " + operation)
            && repository.equals(span.attribute("hindsight.repository"));
  }

  private static jakarta.json.JsonObjectBuilder body() {
    return Json.createObjectBuilder();
  }
}
