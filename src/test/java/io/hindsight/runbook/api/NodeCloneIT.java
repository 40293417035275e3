package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import io.hindsight.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A node whose bare clone of a synced repository is gone (a second node that never synced it, or a
 * data directory restored without its clones) fetches it from the remote before it serves: 200
 * after a short inline fetch, and a 503 with Retry-After (problem+json, or a page for people),
 * never a 500, while the remote cannot give it the clone.
 */
class NodeCloneIT extends OverHttp {

  @Test
  void aMissingCloneIsFetchedBeforeTheRunbookIsServed() {
    String key = uniqueKey("node-clone");
    BareRemote remote = remote("remotes", key);
    remote.commit(
        "Ana Lima", "Add a runbook", files("runbooks/disk.md", "# Disk full\n\nFree it.\n"));
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), "runbooks"));

    deleteClone(key);
    ApiClient.Reply api =
        awaitReply(() -> admin.get("api/v1/runbooks/" + key + "/runbooks/disk.md"), 200);
    assertThat(api.json().getString("html")).contains("Free it.");

    deleteClone(key);
    BrowserSession browser = signIn("admin");
    HttpResponse<String> page = browser.get("runbook.xhtml?repo=" + key + "&path=runbooks/disk.md");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Free it.");
  }

  @Test
  void whileTheFirstCloneCannotBeFetchedTheNodeAnswers503WithRetryAfter() throws IOException {
    String key = uniqueKey("node-clone-down");
    BareRemote remote = remote("remotes", key);
    remote.commit(
        "Ana Lima", "Add a runbook", files("runbooks/node.md", "# Node down\n\nReboot.\n"));
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), "runbooks"));
    Path away = remote.directory().resolveSibling(key + ".away");
    Files.move(remote.directory(), away);
    deleteClone(key);

    ApiClient.Reply api = admin.get("api/v1/runbooks/" + key + "/runbooks/node.md");
    assertThat(api.status()).as(api.toString()).isEqualTo(503);
    assertThat(api.contentType()).startsWith("application/problem+json");
    assertThat(api.header("Retry-After")).matches("[1-9][0-9]*");
    assertThat(api.json().getString("detail")).contains("fetching").contains(key);

    BrowserSession browser = signIn("admin");
    HttpResponse<String> page = browser.get("runbook.xhtml?repo=" + key + "&path=runbooks/node.md");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After"))
        .hasValueSatisfying(v -> assertThat(v).matches("[1-9][0-9]*"));
    assertThat(page.body()).contains("Back in a moment").contains(key);

    ApiClient.Reply catalog = admin.get("api/v1/runbooks?repository=" + key);
    assertThat(catalog.status()).as(catalog.toString()).isNotEqualTo(500);

    Files.move(away, remote.directory());
    ApiClient.Reply served =
        awaitReply(() -> admin.get("api/v1/runbooks/" + key + "/runbooks/node.md"), 200);
    assertThat(served.json().getString("html")).contains("Reboot.");
  }

  /** Asks until the node answers {@code status}; every answer before it is a 503, never a 500. */
  private static ApiClient.Reply awaitReply(Supplier<ApiClient.Reply> ask, int status) {
    return new FluentWait<>(ask)
        .withTimeout(Duration.ofMinutes(1))
        .pollingEvery(Duration.ofMillis(500))
        .withMessage("the node answers " + status)
        .until(
            asking -> {
              ApiClient.Reply reply = asking.get();
              if (reply.status() == status) {
                return reply;
              }
              assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
              return null;
            });
  }

  private static void deleteClone(String key) {
    Path clone = TestServer.dataDir().resolve("repositories").resolve(key + ".git");
    assertThat(clone).isDirectory();
    try (Stream<Path> files = Files.walk(clone)) {
      files.sorted(Comparator.reverseOrder()).forEach(NodeCloneIT::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(clone).doesNotExist();
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
