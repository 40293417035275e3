package io.hindsight.forge;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.testing.OverHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A runbook page links to the file on the forge an admin set for its repository (a self-hosted one
 * here), although the remote's address names no forge Hindsight knows; without a forge, no link.
 */
class ForgeFileLinkIT extends OverHttp {

  @Test
  void theRunbookPageLinksToTheFileOnTheRepositorysOwnForge() {
    ForgeFixture fixture = new ForgeFixture(base, "filelink");
    String page =
        "runbook.xhtml?repo="
            + fixture.key
            + "&path="
            + URLEncoder.encode(ForgeFixture.PATH, StandardCharsets.UTF_8);
    assertThat(signIn("viewer").get(page).body())
        .contains("Cache flush")
        .doesNotContain("id=\"runbook-host-link\"");

    assertThat(
            fixture
                .linkForge("gitlab", "https://git.example.org/api/v4", "ops/runbooks", "glpat-x1")
                .status())
        .isEqualTo(200);

    assertThat(signIn("viewer").get(page).body())
        .contains(
            "href=\"https://git.example.org/ops/runbooks/-/blob/main/runbooks/cache-flush.md\"")
        .contains("View on git.example.org");
  }
}
