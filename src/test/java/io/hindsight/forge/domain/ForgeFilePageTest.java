package io.hindsight.forge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForgeFilePageTest {

  @ParameterizedTest
  @CsvSource({
    "github, https://api.github.com, https://github.com/ops/runbooks/blob/main/db/restore%20steps.md",
    "github, https://ghe.example.com/api/v3/,"
        + " https://ghe.example.com/ops/runbooks/blob/main/db/restore%20steps.md",
    "gitlab, https://gitlab.example.com/api/v4,"
        + " https://gitlab.example.com/ops/runbooks/-/blob/main/db/restore%20steps.md",
    "gitlab, https://example.com/gitlab/api/v4,"
        + " https://example.com/gitlab/ops/runbooks/-/blob/main/db/restore%20steps.md",
    "gitea, http://127.0.0.1:3000/api/v1,"
        + " http://127.0.0.1:3000/ops/runbooks/src/branch/main/db/restore%20steps.md",
    "forgejo, https://codeberg.org/api/v1,"
        + " https://codeberg.org/ops/runbooks/src/branch/main/db/restore%20steps.md"
  })
  void theFilePageIsOnTheForgesWebHostUnderItsProject(String kind, String api, String page) {
    URI link =
        ForgeFilePage.of(
            ForgeKind.parse(kind).orElseThrow(),
            URI.create(api),
            new ForgeProject("ops/runbooks"),
            "main",
            "db/restore steps.md");

    assertThat(link).isEqualTo(URI.create(page));
  }

  @ParameterizedTest
  @CsvSource({"release/2026, release/2026", "feature#1, feature%231"})
  void branchSegmentsAreEncodedButTheirSlashesKept(String branch, String encoded) {
    URI link =
        ForgeFilePage.of(
            ForgeKind.GITLAB,
            URI.create("https://gitlab.com/api/v4"),
            new ForgeProject("group/sub/runbooks"),
            branch,
            "a.md");

    assertThat(link.toString())
        .isEqualTo("https://gitlab.com/group/sub/runbooks/-/blob/" + encoded + "/a.md");
  }
}
