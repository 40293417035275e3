package io.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.JsonDocument;
import io.hindsight.testing.OverHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document as a contract a client can be generated from: every operation named,
 * summarised, tagged, with typed answers, documented parameters, its refusals as problem+json and
 * its real authentication; and equal to the checked-in copy the build generates its client from.
 * The document is saved (canonical) as {@code target/openapi.json} for {@code .ci/run}'s Redocly
 * lint and for refreshing the copy.
 */
class ApiContractIT extends OverHttp {

  /** The checked-in contract: openapi-generator's input for the client GeneratedClientIT drives. */
  static final Path CHECKED_IN = Path.of("src", "test", "resources", "openapi", "hindsight.json");

  private static final Path SAVED = Path.of("target", "openapi.json");

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

  @Test
  void theServedDocumentIsTheCheckedInContract() throws IOException {
    String served = served();
    String copy = JsonDocument.canonical(Files.readString(CHECKED_IN));
    if (!copy.equals(served)) {
      fail(
          "The served /openapi differs from the checked-in contract "
              + CHECKED_IN
              + ", which the generated client is built from. If the API change is deliberate,"
              + " refresh the copy with\n  cp "
              + SAVED
              + " "
              + CHECKED_IN
              + "\nand add an entry to the changelog in docs/api.md.\n"
              + JsonDocument.diff(copy, served, CHECKED_IN.toString(), 120));
    }
  }

  @Test
  void everySuccessfulAnswerWithABodyHasASchema() throws IOException {
    JsonObject paths = document().getJsonObject("paths");
    List<String> untyped = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (Map.Entry<String, JsonObject> operation : operations(paths.getJsonObject(path))) {
        JsonObject responses = operation.getValue().getJsonObject("responses");
        String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path;
        assertThat(responses.keySet()).as(name).anyMatch(status -> status.startsWith("2"));
        for (String status : responses.keySet()) {
          if (!status.startsWith("2")) {
            continue;
          }
          JsonObject content = responses.getJsonObject(status).getJsonObject("content");
          boolean noBody = status.equals("204") || status.equals("202");
          if (content == null || content.isEmpty()) {
            if (!noBody) {
              untyped.add(name + " " + status + ": no content");
            }
            continue;
          }
          content.forEach(
              (mediaType, media) -> {
                if (!typed(media.asJsonObject().getJsonObject("schema"))) {
                  untyped.add(name + " " + status + " " + mediaType + ": no schema");
                }
              });
        }
        JsonObject body = operation.getValue().getJsonObject("requestBody");
        if (body != null) {
          body.getJsonObject("content")
              .forEach(
                  (mediaType, media) -> {
                    if (!typed(media.asJsonObject().getJsonObject("schema"))) {
                      untyped.add(name + " request " + mediaType + ": no schema");
                    }
                  });
        }
      }
    }
    assertThat(untyped)
        .as("2xx answers (other than 204 and 202) and request bodies without a schema")
        .isEmpty();
  }

  @Test
  void everyParameterHasATypeAndNumbersHaveBounds() throws IOException {
    JsonObject paths = document().getJsonObject("paths");
    List<String> loose = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (Map.Entry<String, JsonObject> operation : operations(paths.getJsonObject(path))) {
        JsonArray parameters = operation.getValue().getJsonArray("parameters");
        if (parameters == null) {
          continue;
        }
        for (JsonValue value : parameters) {
          JsonObject parameter = value.asJsonObject();
          String name =
              operation.getKey().toUpperCase(Locale.ROOT)
                  + " "
                  + path
                  + " "
                  + parameter.getString("in")
                  + " "
                  + parameter.getString("name");
          JsonObject schema = parameter.getJsonObject("schema");
          if (schema == null || !schema.containsKey("type")) {
            loose.add(name + ": no type");
          } else if (parameter.getString("in").equals("query")
              && schema.getString("type").equals("integer")
              && !(schema.containsKey("minimum") && schema.containsKey("maximum"))) {
            loose.add(name + ": no bounds");
          }
        }
      }
    }
    assertThat(loose).isEmpty();

    assertThat(queryParameters(paths, "/api/v1/incidents"))
        .containsExactlyInAnyOrder(
            "status", "severity", "service", "breached", "open", "page", "size");
    assertThat(queryParameters(paths, "/api/v1/postmortems"))
        .containsExactlyInAnyOrder(
            "incident", "status", "due", "severity", "author", "reviewer", "page", "size");
    assertThat(queryParameters(paths, "/api/v1/action-items"))
        .containsExactlyInAnyOrder(
            "owner", "postmortem", "status", "overdue", "open", "page", "size");
    assertThat(queryParameters(paths, "/api/v1/postmortems/{key}/diff"))
        .containsExactlyInAnyOrder("from", "to");
    JsonObject status = parameter(paths, "/api/v1/incidents", "status").getJsonObject("schema");
    assertThat(status.getJsonArray("enum").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("declared", "acknowledged", "mitigated", "resolved");
    JsonObject size = parameter(paths, "/api/v1/incidents", "size").getJsonObject("schema");
    assertThat(size.getInt("minimum")).isEqualTo(1);
    assertThat(size.getInt("maximum")).isEqualTo(100);
  }

  @Test
  void everyOperationIsNamedSummarisedTaggedAndDocumentsItsRefusals() throws IOException {
    JsonObject document = document();

    assertThat(document.getJsonArray("servers")).isNotEmpty();
    JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
    assertThat(schemes.keySet()).contains("bearer", "basic", "webhookSignature");
    assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
        .contains("Problem");

    Set<String> ids = new HashSet<>();
    List<String> operations = new ArrayList<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      for (Map.Entry<String, JsonObject> entry : operations(paths.getJsonObject(path))) {
        JsonObject operation = entry.getValue();
        String name = entry.getKey().toUpperCase(Locale.ROOT) + " " + path;
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

  /** The served document, canonical, saved as {@code target/openapi.json}. */
  private String served() throws IOException {
    ApiClient client = api("viewer");
    ApiClient.Reply reply =
        client.raw(client.request("openapi").header("Accept", "application/json").GET());
    assertThat(reply.status()).isEqualTo(200);
    String canonical = JsonDocument.canonical(reply.body());
    Files.createDirectories(SAVED.getParent());
    Files.writeString(SAVED, canonical);
    return canonical;
  }

  private JsonObject document() throws IOException {
    try (var reader = Json.createReader(new StringReader(served()))) {
      return reader.readObject();
    }
  }

  private static List<Map.Entry<String, JsonObject>> operations(JsonObject item) {
    return item.keySet().stream()
        .filter(METHODS::contains)
        .map(method -> Map.entry(method, item.getJsonObject(method)))
        .toList();
  }

  private static boolean typed(JsonObject schema) {
    return schema != null
        && (schema.containsKey("$ref")
            || schema.containsKey("type")
            || schema.containsKey("allOf")
            || schema.containsKey("oneOf"));
  }

  private static List<String> queryParameters(JsonObject paths, String path) {
    return paths.getJsonObject(path).getJsonObject("get").getJsonArray("parameters").stream()
        .map(JsonValue::asJsonObject)
        .filter(parameter -> parameter.getString("in").equals("query"))
        .map(parameter -> parameter.getString("name"))
        .toList();
  }

  private static JsonObject parameter(JsonObject paths, String path, String name) {
    return paths.getJsonObject(path).getJsonObject("get").getJsonArray("parameters").stream()
        .map(JsonValue::asJsonObject)
        .filter(parameter -> parameter.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
