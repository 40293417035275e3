package io.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document as a contract a client can be generated from: every operation named,
 * summarised, tagged, with its refusals as problem+json and its real authentication. The document
 * is saved as {@code target/openapi.json} for {@code .ci/run}'s Redocly lint.
 */
class ApiContractIT extends OverHttp {

  @Test
  void everyOperationIsNamedSummarisedTaggedAndDocumentsItsRefusals() throws IOException {
    ApiClient client = api("viewer");
    ApiClient.Reply reply =
        client.raw(client.request("openapi").header("Accept", "application/json").GET());
    assertThat(reply.status()).isEqualTo(200);
    Path saved = Path.of("target", "openapi.json");
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, reply.body());
    JsonObject document = reply.json();

    assertThat(document.getJsonArray("servers")).isNotEmpty();
    JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
    assertThat(schemes.keySet()).contains("bearer", "basic", "webhookSignature");
    assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
        .contains("Problem");

    Set<String> ids = new HashSet<>();
    List<String> operations = new ArrayList<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
          continue;
        }
        JsonObject operation = item.getJsonObject(method);
        String name = method.toUpperCase() + " " + path;
        operations.add(name);
        assertThat(operation.getString("operationId", "")).as(name).isNotBlank();
        assertThat(ids.add(operation.getString("operationId"))).as("unique id of " + name).isTrue();
        assertThat(operation.getString("summary", "")).as(name).isNotBlank();
        assertThat(operation.getJsonArray("tags")).as(name).isNotEmpty();
        JsonObject responses = operation.getJsonObject("responses");
        assertThat(responses.keySet()).as(name).anyMatch(status -> status.startsWith("4"));
        assertThat(responses.keySet()).as(name).contains("500");
        responses.keySet().stream()
            .filter(status -> status.startsWith("4"))
            .forEach(
                status ->
                    assertThat(responses.getJsonObject(status).getJsonObject("content").keySet())
                        .as(name + " " + status)
                        .contains("application/problem+json"));
      }
    }
    assertThat(operations).hasSizeGreaterThan(40);

    JsonObject tokens = paths.getJsonObject("/api/v1/tokens").getJsonObject("post");
    assertThat(tokens.getJsonArray("security").toString()).contains("basic").contains("bearer");
    JsonObject webhook = paths.getJsonObject("/api/v1/webhooks/{key}").getJsonObject("post");
    assertThat(webhook.getJsonArray("security").toString())
        .contains("webhookSignature")
        .doesNotContain("bearer");
    JsonObject calendar =
        paths.keySet().stream()
            .filter(path -> path.startsWith("/api/v1/calendar/"))
            .map(path -> paths.getJsonObject(path).getJsonObject("get"))
            .findFirst()
            .orElseThrow();
    assertThat(calendar.getJsonArray("security"))
        .as("the calendar feed's token is in its path: no other authentication")
        .containsExactly(JsonValue.EMPTY_JSON_OBJECT);
  }
}
