package io.hindsight.runbook.web;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.FirstSync;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The repository admin page: register with bad and good input, sync now, see the result. */
class RepositoriesAdminPageIT extends OverHttp {

  private static final String PAGE = "admin/repositories.xhtml";

  @Test
  void anAdminRegistersARepositoryAndSyncsIt() {
    String key = "page-" + UUID.randomUUID().toString().substring(0, 8);
    BareRemote remote =
        BareRemote.create(TestServer.dataDir().resolve("remotes").resolve(key + ".git"), "main");
    String commit = remote.commit("Ana Lima", "Runbook", files("page.md", "# Page"));
    BrowserSession admin = signIn("admin");

    HttpResponse<String> page = admin.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("sample", "local (no remote)");

    HttpResponse<String> refused = register(admin, "Bad Key", remote.url());
    assertThat(refused.body()).contains("A repository key has");
    assertThat(register(admin, key, "ftp://example.com/x.git").body())
        .contains("Only file://, http://, https:// and ssh://");
    assertThat(register(admin, key, "file:///etc/hindsight.git").body())
        .contains("Url A file:// remote must lie under one of the directories");
    assertThat(register(admin, key, "http://127.0.0.1:9990/x.git").body())
        .contains("Url The host 127.0.0.1 is a loopback, link-local or private address");
    assertThat(admin.get(PAGE).body()).doesNotContain(key);

    HttpResponse<String> registered = register(admin, key, remote.url());
    assertThat(registered.body())
        .contains(
            "Registered " + key,
            "its first sync has started",
            "Webhook secret of " + key,
            "id=\"new-webhook-secret\"");
    assertThat(FirstSync.await(ApiClient.signedIn(base, "admin"), key).getString("indexedCommit"))
        .isEqualTo(commit);

    HttpResponse<String> list = admin.get(PAGE);
    Matcher row =
        Pattern.compile("<td>" + key + "</td>.*?<form id=\"([^\"]+)\"", Pattern.DOTALL)
            .matcher(list.body());
    assertThat(row.find()).as(list.body()).isTrue();
    String form = row.group(1);
    HttpResponse<String> synced = admin.submit(PAGE, form, Map.of(form + ":sync-now", "Sync now"));
    assertThat(synced.body()).contains("Synced " + key + " at " + commit);
    assertThat(admin.get(PAGE).body()).contains(commit);
  }

  @Test
  void otherRolesCannotOpenThePage() {
    BrowserSession reviewer = signIn("reviewer");
    assertThat(reviewer.get(PAGE).statusCode()).isEqualTo(403);
  }

  private static HttpResponse<String> register(BrowserSession browser, String key, String url) {
    return browser.submit(
        PAGE,
        "new-repository",
        Map.of(
            "new-repository:key", key,
            "new-repository:name", "Page runbooks",
            "new-repository:url", url,
            "new-repository:branch", "main",
            "new-repository:folder", "",
            "new-repository:token", "",
            "new-repository:register", "Register"));
  }
}
