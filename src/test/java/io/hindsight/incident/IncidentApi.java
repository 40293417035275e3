package io.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.DemoUsers;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signed-in API clients for the demo users, and incidents to test with. */
public final class IncidentApi {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private final URL base;

  public IncidentApi(URL base) {
    this.base = base;
  }

  /** A client for a demo user or the admin, with a token issued once per server and user. */
  public ApiClient as(String user) {
    String token =
        TOKENS.computeIfAbsent(
            base + " " + user, k -> ApiClient.issueToken(base, user, DemoUsers.passwordOf(user)));
    return new ApiClient(base).bearer(token);
  }

  public static String ago(Duration duration) {
    return Instant.now().minus(duration).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  public JsonObject declare(String user, String severity, String category, String title) {
    return declare(
        user,
        "{\"title\":\""
            + title
            + "\",\"severity\":\""
            + severity
            + "\",\"category\":\""
            + category
            + "\",\"services\":[\"checkout-api\"],\"startedAt\":\""
            + ago(Duration.ofMinutes(10))
            + "\",\"detectedAt\":\""
            + ago(Duration.ofMinutes(5))
            + "\"}");
  }

  public JsonObject declare(String user, String body) {
    ApiClient.Reply reply = as(user).post("api/v1/incidents", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  /** How many incidents an admin sees: every incident there is. */
  public long total() {
    ApiClient.Reply reply = as("admin").get("api/v1/incidents?size=1");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonNumber("total").longValue();
  }

  public static void assertProblem(ApiClient.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
