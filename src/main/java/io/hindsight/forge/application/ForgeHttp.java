package io.hindsight.forge.application;

import io.hindsight.forge.domain.RetryAfter;
import io.hindsight.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The forges' HTTP client: JSON in and out, 5 s to connect, 20 s for an answer, no redirects (a
 * token is never carried to another host). Answers are returned as they are; {@link #fault} turns
 * one that failed into words an admin can act on, with the forge's Retry-After.
 */
@ApplicationScoped
public class ForgeHttp {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** One answer: status, headers and the body read as JSON (empty when it is not JSON). */
  public record Reply(int status, java.net.http.HttpHeaders headers, String text) {

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public boolean ok() {
      return status >= 200 && status <= 299;
    }

    public JsonValue json() {
      try (var reader = Jsonp.reader(new StringReader(text))) {
        return reader.read();
      } catch (JsonException | IllegalStateException notJson) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
    }

    public JsonObject object() {
      return jsonObject(text);
    }
  }

  /** The text as a JSON object, or an empty one when it is not one. */
  public static JsonObject jsonObject(String text) {
    try (var reader = Jsonp.reader(new StringReader(text))) {
      JsonStructure value = reader.read();
      return value.getValueType() == JsonValue.ValueType.OBJECT
          ? value.asJsonObject()
          : JsonValue.EMPTY_JSON_OBJECT;
    } catch (JsonException | IllegalStateException notJson) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  public Reply send(String method, URI uri, Map<String, String> headers, String json)
      throws ForgeFailure {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(READ_TIMEOUT)
            .header("User-Agent", "Hindsight")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (HttpTimeoutException e) {
      throw new ForgeFailure("No answer from " + uri.getHost() + " within the timeout.", e);
    } catch (IOException e) {
      throw new ForgeFailure(
          "Cannot reach " + uri.getHost() + ": " + e.getClass().getSimpleName() + ".", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ForgeFailure("Interrupted while calling " + uri.getHost() + ".", e);
    }
  }

  /**
   * The failure an answer means, for doing {@code what} ("open the pull request"): rate limits
   * (429, or 403 with Retry-After or an exhausted limit) and 5xx with the forge's Retry-After; a
   * refused token, a missing permission or project in words that say who can fix it.
   */
  public static ForgeFailure fault(Reply reply, String forge, String what, Instant now) {
    int status = reply.status();
    Optional<Duration> later =
        RetryAfter.parse(reply.header("Retry-After").orElse(null), now)
            .or(
                () ->
                    RetryAfter.rateLimitReset(
                        reply.header("x-ratelimit-remaining").orElse(null),
                        reply.header("x-ratelimit-reset").orElse(null),
                        now));
    String message = forgeMessage(reply);
    String text;
    if (status == 429 || (status == 403 && later.isPresent())) {
      text =
          forge
              + " rate-limited the request to "
              + what
              + " (HTTP "
              + status
              + ")"
              + later.map(d -> "; tried again after " + d.toSeconds() + " s.").orElse(".");
    } else if (status >= 500) {
      text = forge + " failed to " + what + " (HTTP " + status + "); tried again later.";
    } else if (status == 401) {
      text =
          forge
              + " refused the token (HTTP 401) to "
              + what
              + ": enter a valid token in the repository's forge settings.";
    } else if (status == 403) {
      text =
          "The token may not "
              + what
              + " on "
              + forge
              + " (HTTP 403"
              + message
              + "): give it that permission.";
    } else if (status == 404) {
      text =
          forge
              + " does not know the project, or the token cannot see it (HTTP 404), trying to "
              + what
              + ": check the project and the token.";
    } else {
      text = forge + " refused to " + what + " (HTTP " + status + message + ").";
    }
    return new ForgeFailure(text, status, later.orElse(null));
  }

  /** The forge's own message, cut short, after a colon; never more than 200 characters. */
  private static String forgeMessage(Reply reply) {
    JsonObject body = reply.object();
    if (body.get("message") != null
        && body.get("message").getValueType() == JsonValue.ValueType.STRING) {
      String message = body.getString("message").strip().replaceAll("\\s+", " ");
      return message.isEmpty()
          ? ""
          : ": " + (message.length() > 200 ? message.substring(0, 200) : message);
    }
    return "";
  }
}
