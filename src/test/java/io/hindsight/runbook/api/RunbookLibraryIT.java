package io.hindsight.runbook.api;

import static io.hindsight.runbook.api.RepositoryFixtures.register;
import static io.hindsight.runbook.api.RepositoryFixtures.registration;
import static io.hindsight.runbook.api.RepositoryFixtures.remote;
import static io.hindsight.runbook.api.RepositoryFixtures.sync;
import static io.hindsight.runbook.api.RepositoryFixtures.uniqueKey;
import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.ApiClient;
import io.hindsight.testing.BareRemote;
import io.hindsight.testing.BrowserSession;
import io.hindsight.testing.OverHttp;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A second repository next to the sample one, with its runbooks in a folder: catalog, runbook and
 * search pages, lint in the API and as a report, search API, missing links and served images.
 */
class RunbookLibraryIT extends OverHttp {

  private static final byte[] PNG = png();

  private String key;
  private String word;
  private ApiClient viewer;
  private BrowserSession browser;

  @BeforeEach
  void registerARepository() {
    key = uniqueKey("lib");
    word = randomWord();
    BareRemote remote = remote("remotes", key);
    remote.commit(
        "Ana Lima",
        "Storage runbooks",
        files(
            "docs/runbooks/disk-full.md",
            "---\ntitle: Disk full on database hosts\nowner: storage-team\nseverity: SEV2\n"
                + "services: [postgres]\ntriggers:\n  - disk usage above 90 percent "
                + word
                + "\n---\n# Disk full\n\n## When to use\n\nDisk alerts.\n\n## Impact\n\n"
                + "Writes fail.\n\n## Steps\n\n1. Free space, see [cleanup](other.md#cleanup)"
                + " and [the old page](./missing.md).\n\n![flow](img/flow.png)\n\n"
                + "## Verification\n\nCheck df.\n\n## Rollback\n\nNone.\n\n## Escalation\n\n"
                + "Page storage.\n",
            "docs/runbooks/other.md",
            "# Other\n\n## Cleanup\n\nDelete old logs.\n",
            "docs/runbooks/_index.md",
            "---\ntitle: Storage\n---\n\nStorage runbooks.\n",
            "docs/runbooks/img/flow.png",
            PNG,
            "private/photo.png",
            PNG,
            "README.md",
            "# Outside the folder " + word + "\n"));
    ApiClient admin = api("admin");
    register(admin, registration(key, remote.url(), "docs/runbooks"));
    sync(admin, key);
    viewer = api("viewer");
    browser = signIn("viewer");
  }

  @Test
  void theCatalogShowsTheChosenRepositoryWithItsSectionIndex() {
    HttpResponse<String> page = browser.get("runbooks.xhtml?repo=" + key);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Disk full on database hosts", "Storage", "section index")
        .contains("<span id=\"runbook-count\">2</span>")
        .contains("<span id=\"index-page-count\">1</span>")
        .contains("id=\"repository-chooser\"")
        .contains("runbooks.xhtml?repo=sample")
        .contains("runbook.xhtml?repo=" + key + "&amp;path=docs%2Frunbooks%2Fdisk-full.md")
        .doesNotContain("Outside the folder");

    String sorted = browser.get("runbooks.xhtml?repo=" + key + "&sort=lint").body();
    assertThat(sorted.indexOf("Disk full on database hosts"))
        .isLessThan(sorted.indexOf(">Storage<"));
    String filtered = browser.get("runbooks.xhtml?repo=" + key + "&filter=postgres").body();
    assertThat(filtered).contains("Disk full on database hosts").doesNotContain(">Other<");

    assertThat(browser.get("runbooks.xhtml").body()).contains("Node Recovery");
    assertThat(browser.get("runbooks.xhtml?repo=..%2F..").statusCode()).isEqualTo(400);
    assertThat(browser.get("runbooks.xhtml?repo=no-such-repo-zz").statusCode()).isEqualTo(404);
  }

  @Test
  void aRunbookMarksMissingLinksAndShowsRepositoryImages() {
    HttpResponse<String> page =
        browser.get("runbook.xhtml?repo=" + key + "&path=docs/runbooks/disk-full.md");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body().replace("&#61;", "=").replace("&amp;", "&");
    assertThat(html)
        .contains("class=\"missing-link\"")
        .contains("title=\"No file docs/runbooks/missing.md in the repository.\"")
        .contains("src=\"/runbook-file?repo=" + key + "&path=docs%2Frunbooks%2Fimg%2Fflow.png\"")
        .contains(
            "href=\"/runbook.xhtml?repo=" + key + "&path=docs%2Frunbooks%2Fother.md#cleanup\"")
        .contains("id=\"runbook-lint\"")
        .contains("No file docs/runbooks/missing.md.");

    String index =
        browser.get("runbook.xhtml?repo=" + key + "&path=docs/runbooks/_index.md").body();
    assertThat(index).contains("id=\"index-page-note\"").contains("section index page");
    assertThat(browser.get("runbook.xhtml?repo=" + key + "&path=README.md").statusCode())
        .isEqualTo(404);
  }

  @Test
  void repositoryImagesAreServedWithTheirTypeAndBadPathsRefused() {
    HttpResponse<String> image =
        browser.get("runbook-file?repo=" + key + "&path=docs/runbooks/img/flow.png");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(image.headers().firstValueAsLong("Content-Length")).hasValue(PNG.length);
    assertThat(image.body()).contains("IHDR");

    for (String path :
        List.of(
            "../x.png",
            "docs/../../x.png",
            "%252e%252e%252fx.png",
            "/etc/passwd",
            "a%5Cb.png",
            "a%00.png",
            ".git/config",
            "")) {
      HttpResponse<String> bad = browser.get("runbook-file?repo=" + key + "&path=" + path);
      assertThat(bad.statusCode()).as(path).isEqualTo(400);
      assertThat(bad.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
    }
    assertThat(browser.get("runbook-file?repo=" + key).statusCode()).isEqualTo(400);
    assertThat(browser.get("runbook-file?repo=BAD!&path=a.png").statusCode()).isEqualTo(400);
    for (String address :
        List.of(
            "runbook-file?repo=" + key + "&path=docs/runbooks/img/none.png",
            "runbook-file?repo=" + key + "&path=README.md",
            "runbook-file?repo=" + key + "&path=private/photo.png",
            "runbook-file?repo=" + key + "&path=docs/runbooks/disk-full.md",
            "runbook-file?repo=no-such-repo-zz&path=a.png")) {
      HttpResponse<String> missing = browser.get(address);
      assertThat(missing.statusCode()).as(address).isEqualTo(404);
      assertThat(missing.body()).doesNotContain("Exception");
    }
  }

  @Test
  void lintFindingsAreInTheApiFilterAndReport() {
    JsonObject detail = viewer.get("api/v1/runbooks/" + key + "/docs/runbooks/disk-full.md").json();
    assertThat(detail.getJsonObject("metadata").getString("lint")).isEqualTo("error");
    JsonObject broken =
        detail.getJsonArray("lint").getValuesAs(JsonObject.class).stream()
            .filter(finding -> finding.getString("rule").equals("broken-link"))
            .findFirst()
            .orElseThrow();
    assertThat(broken.getString("severity")).isEqualTo("error");
    assertThat(broken.getString("target")).isEqualTo("./missing.md");
    assertThat(broken.getInt("line")).isPositive();

    assertThat(total("lint=error")).isEqualTo(1);
    assertThat(total("lint=clean")).isEqualTo(1);
    assertThat(total("lint=warning")).isEqualTo(1);
    assertThat(total("lint=missing-owner")).isEqualTo(1);
    assertThat(total("lint=findings")).isEqualTo(2);
    JsonObject clean = viewer.get("api/v1/runbooks?repository=" + key + "&lint=clean").json();
    assertThat(clean.getJsonArray("items").getJsonObject(0).getString("path"))
        .isEqualTo("docs/runbooks/_index.md");
    for (String bad : List.of("lint=dirty", "lint=", "lint=" + "x".repeat(200))) {
      ApiClient.Reply reply = viewer.get("api/v1/runbooks?repository=" + key + "&" + bad);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    JsonObject report = viewer.get("api/v1/repositories/" + key + "/lint").json();
    assertThat(report.getInt("files")).isEqualTo(3);
    assertThat(report.getInt("clean")).isEqualTo(1);
    assertThat(report.getJsonObject("byRule").getInt("broken-link")).isEqualTo(1);
    assertThat(viewer.get("api/v1/repositories/no-such-repo-zz/lint").status()).isEqualTo(404);
    assertThat(viewer.get("api/v1/repositories/BAD!/lint").status()).isEqualTo(400);

    String page = browser.get("runbook-lint.xhtml?repo=" + key).body();
    assertThat(page).contains("id=\"lint-report\"").contains("broken-link", "missing-owner");
    assertThat(browser.get("runbook-lint.xhtml?repo=BAD!").statusCode()).isEqualTo(400);
    assertThat(browser.get("runbook-lint.xhtml?repo=no-such-repo-zz").statusCode()).isEqualTo(404);
  }

  @Test
  void searchSpansRepositoriesInThePageAndTheApi() {
    String found = browser.get("search.xhtml?q=" + word).body();
    assertThat(found)
        .contains("docs/runbooks/disk-full.md")
        .contains("<span class=\"result-repository\">" + key + "</span>")
        .doesNotContain("README.md");
    assertThat(browser.get("search.xhtml?q=" + word + "&repo=sample").body())
        .contains("id=\"no-results\"");

    JsonObject results = viewer.get("api/v1/search?q=" + word).json();
    assertThat(results.getInt("total")).isEqualTo(1);
    JsonObject hit = results.getJsonArray("items").getJsonObject(0);
    assertThat(hit.getString("kind")).isEqualTo("runbook");
    assertThat(hit.getString("id")).isEqualTo(key + "/docs/runbooks/disk-full.md");
    assertThat(hit.getString("title")).isEqualTo("Disk full on database hosts");
    assertThat(hit.getString("link"))
        .isEqualTo("/runbook.xhtml?repo=" + key + "&path=docs%2Frunbooks%2Fdisk-full.md");
    assertThat(hit.getString("api"))
        .isEqualTo("/api/v1/runbooks/" + key + "/docs/runbooks/disk-full.md");
    assertThat(viewer.get(hit.getString("api").substring(1)).status()).isEqualTo(200);
    assertThat(hit.getJsonObject("fields").getString("repository")).isEqualTo(key);
    assertThat(hit.getJsonNumber("score").doubleValue()).isPositive();
    assertThat(hit.getJsonArray("highlights")).isNotEmpty();

    JsonObject paged = viewer.get("api/v1/search?q=runbook+restore+node&size=1&page=1").json();
    assertThat(paged.getJsonArray("items")).hasSizeLessThanOrEqualTo(1);
    assertThat(paged.getInt("page")).isEqualTo(1);
    assertThat(viewer.get("api/v1/search?q=" + word + "&kind=runbook").json().getInt("total"))
        .isEqualTo(1);

    for (String bad :
        List.of(
            "q=",
            "q=%20%20",
            "",
            "q=" + "a".repeat(1001),
            "q=x&page=-1",
            "q=x&size=0",
            "q=x&size=51",
            "q=x&page=abc",
            "q=x&kind=incident")) {
      ApiClient.Reply reply = viewer.get("api/v1/search?" + bad);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
    assertThat(new ApiClient(base).anonymous().get("api/v1/search?q=x").status()).isEqualTo(401);
  }

  @Test
  void anSshKeyThatCannotBeReadIsRefusedAndNothingStored() {
    ApiClient admin = api("admin");
    String sshKey = uniqueKey("ssh");
    String body =
        RepositoryFixtures.body(sshKey, "ssh://git@git.example.com/ops/runbooks.git", "runbooks")
            .add(
                "credential",
                jakarta.json.Json.createObjectBuilder()
                    .add("kind", "ssh-key")
                    .add("token", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI not-a-private-key"))
            .build()
            .toString();

    ApiClient.Reply refused = admin.post("api/v1/repositories", body);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("credential.token").contains("not a private key");
    assertThat(admin.get("api/v1/repositories/" + sshKey).status()).isEqualTo(404);
  }

  private int total(String query) {
    return viewer.get("api/v1/runbooks?repository=" + key + "&" + query).json().getInt("total");
  }

  private static String randomWord() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static byte[] png() {
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] rest = "\u0000\u0000\u0000\rIHDR-not-a-real-image".getBytes(StandardCharsets.US_ASCII);
    byte[] png = new byte[header.length + rest.length];
    System.arraycopy(header, 0, png, 0, header.length);
    System.arraycopy(rest, 0, png, header.length, rest.length);
    return png;
  }
}
