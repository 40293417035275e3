package io.hindsight.incident;

import static io.hindsight.incident.IncidentApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evidence files: stored with their SHA-256, shown and downloaded with it; bad files refused. */
class IncidentEvidenceIT extends OverHttp {

  private ApiClient.Reply upload(
      ApiClient client, String key, String type, String disposition, byte[] content) {
    HttpRequest.Builder request =
        client
            .request("api/v1/incidents/" + key + "/evidence")
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content));
    if (disposition != null) {
      request.header("Content-Disposition", disposition);
    }
    return client.raw(request);
  }

  @Test
  void anUploadedFileKeepsItsHashAndDownloadsUnchanged() throws Exception {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P1", "outage", "Evidence").getString("key");
    ApiClient responder = api.as("responder");
    byte[] log =
        ("2026-03-10T14:02:11Z ERROR upstream timed out " + UUID.randomUUID() + "\n")
            .getBytes(StandardCharsets.UTF_8);
    String sha256 = sha256(log);

    ApiClient.Reply uploaded =
        upload(
            responder, key, "text/plain; charset=utf-8", "attachment; filename=\"app.log\"", log);

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    JsonObject evidence = uploaded.json();
    assertThat(evidence.getString("sha256")).isEqualTo(sha256);
    assertThat(uploaded.header("X-Content-SHA256")).isEqualTo(sha256);
    assertThat(evidence.getString("fileName")).isEqualTo("app.log");
    assertThat(evidence.getString("contentType")).isEqualTo("text/plain");
    assertThat(evidence.getInt("sizeBytes")).isEqualTo(log.length);
    assertThat(evidence.getString("uploadedBy")).isEqualTo("responder");

    JsonObject listed =
        api.as("viewer")
            .get("api/v1/incidents/" + key + "/evidence")
            .jsonValue()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(listed.getString("sha256")).isEqualTo(sha256);

    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                api.as("viewer")
                    .request(evidence.getString("download").substring(1))
                    .setHeader("Accept", "*/*")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(log);
    assertThat(sha256(download.body())).isEqualTo(sha256);
    assertThat(download.headers().firstValue("X-Content-SHA256")).contains(sha256);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains("app.log");
    assertThat(responder.get("api/v1/incidents/" + key + "/timeline").body())
        .contains("Attached evidence app.log")
        .contains(sha256);
  }

  @Test
  void aPngIsAcceptedByItsSignature() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P2", "outage", "Screenshot").getString("key");
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    ApiClient.Reply reply =
        upload(api.as("responder"), key, "image/png", "attachment; filename=graph.png", png);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().getString("contentType")).isEqualTo("image/png");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "forbidden type | text/html | attachment; filename=\"page.html\" | <html></html> | 400 | contentType",
        "type not matching content | image/png | attachment; filename=\"x.png\" | not a png | 400 | file",
        "binary as text | text/plain | attachment; filename=\"x.log\" | NUL | 400 | file",
        "path separator | text/plain | attachment; filename=\"../../etc/passwd\" | x | 400 | fileName",
        "backslash | text/plain | attachment; filename=\"logs\\app.log\" | x | 400 | fileName",
        "no file name | text/plain | NONE | x | 400 | fileName",
        "empty file | text/plain | attachment; filename=\"empty.log\" | EMPTY | 400 | file",
      })
  void badFilesAreRefusedAndNothingIsStored(
      String why, String type, String disposition, String content, int status, String field) {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P3", "outage", "Bad evidence").getString("key");
    byte[] bytes =
        switch (content) {
          case "NUL" -> new byte[] {'a', 0, 'b'};
          case "EMPTY" -> new byte[0];
          default -> content.getBytes(StandardCharsets.UTF_8);
        };

    ApiClient.Reply reply =
        upload(
            api.as("responder"), key, type, disposition.equals("NONE") ? null : disposition, bytes);

    assertProblem(reply, status);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .as(why)
        .isEqualTo(field);
    assertThat(
            api.as("responder")
                .get("api/v1/incidents/" + key + "/evidence")
                .jsonValue()
                .asJsonArray())
        .isEmpty();
  }

  @Test
  void aLinkToEvidenceElsewhereIsKeptWithItsTitle() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P2", "degradation", "Slow checkout").getString("key");
    ApiClient.Reply added =
        api.as("responder")
            .post(
                "api/v1/incidents/" + key + "/evidence/links",
                "{\"url\":\"https://grafana.example/d/abc?from=now-1h\",\"title\":\"Latency dashboard\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getString("title")).isEqualTo("Latency dashboard");

    ApiClient.Reply listed = api.as("viewer").get("api/v1/incidents/" + key + "/evidence/links");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).contains("https://grafana.example/d/abc?from=now-1h");
    assertThat(api.as("viewer").get("api/v1/incidents/" + key + "/timeline").body())
        .contains("Linked evidence Latency dashboard");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "{\"url\":\"javascript:alert(1)\"}",
        "{\"url\":\"/relative/path\"}",
        "{\"url\":\"ftp://files.example/x\"}",
        "{\"url\":\"  \"}",
        "{\"url\":\"https://exa mple.com\"}",
        "{\"title\":\"no url\"}",
        "{\"url\":\"https://example.com\",\"extra\":1}"
      })
  void badLinksAre400AndNotStored(String body) {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P3", "outage", "Links").getString("key");
    ApiClient.Reply reply =
        api.as("responder").post("api/v1/incidents/" + key + "/evidence/links", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(
            api.as("responder")
                .get("api/v1/incidents/" + key + "/evidence/links")
                .jsonValue()
                .asJsonArray())
        .isEmpty();
  }

  @Test
  void aViewerCannotAddLinks() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P3", "outage", "Viewer links").getString("key");
    ApiClient.Reply reply =
        api.as("viewer")
            .post(
                "api/v1/incidents/" + key + "/evidence/links", "{\"url\":\"https://example.com\"}");
    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void aFileOfSeveralMegabytesIsAccepted() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P3", "outage", "Large log").getString("key");
    byte[] log = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(log, (byte) 'l');
    ApiClient.Reply reply =
        upload(api.as("responder"), key, "text/plain", "attachment; filename=large.log", log);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().getJsonNumber("sizeBytes").longValue()).isEqualTo(log.length);
  }

  @Test
  void aFileOverTheTenMegabyteLimitIs413AndNotStored() {
    IncidentApi api = new IncidentApi(base);
    String key = api.declare("responder", "P3", "outage", "Big evidence").getString("key");
    byte[] big = new byte[11 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    ApiClient.Reply reply =
        upload(api.as("responder"), key, "text/plain", "attachment; filename=big.log", big);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(
            api.as("responder")
                .get("api/v1/incidents/" + key + "/evidence")
                .jsonValue()
                .asJsonArray())
        .isEmpty();
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
