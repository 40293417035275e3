package io.hindsight.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.OverHttp;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad forge settings and logins over the API: each refused with a 400 naming the field, nothing
 * stored; a wrong token found by "test connection" without being echoed; a new host needs the token
 * again.
 */
class ForgeSettingsApiIT extends OverHttp {

  private GitHubStub github;
  private ForgeFixture fixture;
  private ApiClient admin;
  private String key;

  @BeforeEach
  void aRepositoryAndAStubbedGitHub() {
    fixture = new ForgeFixture(base, "fset");
    admin = fixture.admin;
    key = fixture.key;
    github = new GitHubStub("acme/" + key);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private ApiClient.Reply linkForge(String token) {
    return fixture.linkForge("github", github.apiUrl(), github.project, token);
  }

  @Test
  void badForgeSettingsAreRefusedClearlyAndNothingIsStored() {
    String url = github.server.baseUrl();
    Map<String, String> bodies =
        Map.of(
            "{\"kind\":\"bitbucket\",\"apiUrl\":\""
                + url
                + "\",\"project\":\"a/b\",\"token\":\"t\"}",
            "kind",
            "{\"kind\":\"github\",\"apiUrl\":\"ftp://x\",\"project\":\"a/b\",\"token\":\"t\"}",
            "apiUrl",
            "{\"kind\":\"github\",\"apiUrl\":\"" + url + "\",\"project\":\"nope\",\"token\":\"t\"}",
            "project",
            "{\"kind\":\"github\",\"apiUrl\":\"" + url + "\",\"project\":\"a/b\"}",
            "token",
            "{\"kind\":\"github\",\"apiUrl\":\""
                + url
                + "\",\"project\":\"a/b\",\"token\":\"a b\"}",
            "token");
    bodies.forEach(
        (body, field) -> {
          ApiClient.Reply refused = admin.put("api/v1/repositories/" + key + "/forge", body);
          assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
          assertThat(refused.contentType()).startsWith("application/problem+json");
          assertThat(refused.body()).contains(field);
        });
    for (String body : new String[] {"", "not json", "[]"}) {
      ApiClient.Reply refused = admin.put("api/v1/repositories/" + key + "/forge", body);
      assertThat(refused.status()).as(refused.toString()).isBetween(400, 415);
    }
    assertThat(admin.get("api/v1/repositories/" + key + "/forge").status()).isEqualTo(404);
    assertThat(admin.get("api/v1/repositories/no-such-" + key + "/forge").status()).isEqualTo(404);
    assertThat(
            ApiClient.signedIn(base, "reviewer")
                .put("api/v1/repositories/" + key + "/forge", "{}")
                .status())
        .isEqualTo(403);
    ApiClient.Reply noForge = admin.post("api/v1/repositories/" + key + "/forge/test", "");
    assertThat(noForge.status()).isEqualTo(409);

    // A wrong token: test connection says so, without echoing it.
    github.server.stubFor(
        get(urlEqualTo(github.repo()))
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
    assertThat(linkForge("ghp_wrong-token-0815").status()).isEqualTo(200);
    ApiClient.Reply tested = admin.post("api/v1/repositories/" + key + "/forge/test", "");
    assertThat(tested.status()).as(tested.toString()).isEqualTo(409);
    assertThat(tested.contentType()).startsWith("application/problem+json");
    assertThat(tested.body()).contains("refused the token").doesNotContain("ghp_wrong-token-0815");

    // A new host needs the token again.
    ApiClient.Reply moved =
        admin.put(
            "api/v1/repositories/" + key + "/forge",
            "{\"kind\":\"github\",\"apiUrl\":\"https://github.example/api/v3\",\"project\":\"a/b\"}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(400);
    assertThat(moved.body()).contains("token");

    ApiClient.Reply badLogin =
        admin.put("api/v1/me/forge-logins", "{\"github\":\"not a login\",\"svn\":\"x\"}");
    assertThat(badLogin.status()).as(badLogin.toString()).isEqualTo(400);
    assertThat(badLogin.body()).contains("github").contains("svn");
    assertThat(admin.get("api/v1/me/forge-logins").json()).doesNotContainKey("github");
  }
}
