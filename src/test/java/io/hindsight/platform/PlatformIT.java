package io.hindsight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.DemoUsers;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestServer;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * The platform pieces over real HTTP: health, metrics, OpenAPI, problem+json, headers, size limits.
 */
class PlatformIT extends OverHttp {

  @Test
  void readinessReportsTheDatabaseUp() {
    ApiClient management = new ApiClient(TestServer.management());
    ApiClient.Reply ready = management.get("health/ready");
    assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("\"UP\"");
    String expectedProduct =
        "postgresql".equals(System.getProperty("it.db.driver")) ? "PostgreSQL" : "H2";
    assertThat(ready.body()).contains("\"product\":\"" + expectedProduct + "\"");
    ApiClient.Reply live = management.get("health/live");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.body()).contains("data-directory");
  }

  @Test
  void prometheusMetricsAreExposed() {
    ApiClient.Reply metrics = new ApiClient(base).get("metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.contentType()).startsWith("text/plain");
    assertThat(metrics.body())
        .contains("jvm_memory_used_bytes")
        .contains("application=\"hindsight\"");
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    ApiClient viewer = api("viewer");
    ApiClient.Reply openapi =
        viewer.raw(viewer.request("openapi").header("Accept", "application/json").GET());
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/tokens").contains("Hindsight API");
  }

  @Test
  void unauthenticatedApiCallsGet401ProblemJson() {
    ApiClient.Reply reply = new ApiClient(base).get("api/v1/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getInt("status")).isEqualTo(401);
    assertThat(reply.json().getString("detail")).contains("Bearer");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void anInvalidTokenGets401WithoutDetailsOfWhy() {
    ApiClient.Reply reply =
        new ApiClient(base)
            .bearer("hs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            .get("api/v1/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().getString("detail")).contains("not valid");
  }

  @Test
  void unknownApiPathsGet404ProblemJson() {
    ApiClient.Reply reply = api("admin").get("api/v1/no-such-thing");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.");
  }

  @Test
  void oversizedBodiesGet413ProblemJson() {
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    ApiClient.Reply reply =
        new ApiClient(base)
            .basic(DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD)
            .post("api/v1/tokens", "application/json", big);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.body()).contains("larger than");
  }

  @Test
  void pagesCarrySecurityHeaders() {
    ApiClient.Reply login = new ApiClient(base).get("login.xhtml");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.header("Content-Security-Policy"))
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
    assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void protectedPagesRedirectToTheLoginPage() {
    ApiClient.Reply home = new ApiClient(base).get("runbooks.xhtml");
    assertThat(home.status()).isEqualTo(302);
    assertThat(home.header("Location")).contains("/login.xhtml?next=%2Frunbooks.xhtml");
  }

  @Test
  void formsPostedFromAnotherSiteAreRefused() {
    ApiClient client = new ApiClient(base);
    HttpRequest.Builder post =
        client
            .request("login.xhtml")
            .header("Origin", "https://evil.example")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x"));
    assertThat(client.raw(post).status()).isEqualTo(403);
  }
}
