package io.hindsight.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Pages with a missing or bad parameter, and the OpenAPI document, answer without a 500. */
class QuietRefusalsIT extends OverHttp {

  @Test
  void thePrintPageWithoutKeyIsA404PageWithTheSecurityHeaders() {
    BrowserSession viewer = signIn("viewer");

    for (String path :
        new String[] {
          "postmortem-print.xhtml",
          "postmortem-print.xhtml?key=",
          "postmortem-print.xhtml?key=nope",
          "postmortem-print.xhtml?key=PM-2026-9999"
        }) {
      HttpResponse<String> page = viewer.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.body()).as(path).contains("Post-mortem not found");
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
    }
  }

  @Test
  void theOpenApiDocumentNeedsASignInAndAllowsNoOtherOrigin() {
    ApiClient anonymous = new ApiClient(base);
    ApiClient.Reply refused =
        anonymous.raw(
            anonymous
                .request("openapi")
                .header("Accept", "application/json")
                .header("Origin", "https://evil.example")
                .GET());
    assertThat(refused.status()).isIn(302, 401);
    assertThat(refused.body()).doesNotContain("/api/v1/tokens");
    assertThat(refused.header("Access-Control-Allow-Origin")).isNull();

    ApiClient viewer = api("viewer");
    ApiClient.Reply document =
        viewer.raw(
            viewer
                .request("openapi")
                .header("Accept", "application/json")
                .header("Origin", "https://evil.example")
                .GET());
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.body()).contains("/api/v1/tokens");
    assertThat(document.header("Access-Control-Allow-Origin")).isNull();
    assertThat(document.header("Access-Control-Allow-Credentials")).isNull();

    HttpResponse<String> inTheBrowser = signIn("viewer").get("openapi");
    assertThat(inTheBrowser.statusCode()).isEqualTo(200);
    assertThat(inTheBrowser.body()).contains("/api/v1/tokens");
  }
}
