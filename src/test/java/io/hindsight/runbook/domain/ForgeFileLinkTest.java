package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForgeFileLinkTest {

  private static final RunbookPath PATH = RunbookPath.of("runbooks/kafka lag.md");

  @Test
  void linksToTheFileOnEachKnownForge() {
    assertThat(link("https://github.com/acme/runbooks.git", "main"))
        .contains(URI.create("https://github.com/acme/runbooks/blob/main/runbooks/kafka%20lag.md"));
    assertThat(link("ssh://git@gitlab.com/acme/ops/runbooks.git", "main"))
        .contains(
            URI.create("https://gitlab.com/acme/ops/runbooks/-/blob/main/runbooks/kafka%20lag.md"));
    assertThat(link("https://bitbucket.org/acme/runbooks", "release/2026"))
        .contains(
            URI.create(
                "https://bitbucket.org/acme/runbooks/src/release/2026/runbooks/kafka%20lag.md"));
    assertThat(link("https://codeberg.org/acme/runbooks.git", "main"))
        .contains(
            URI.create(
                "https://codeberg.org/acme/runbooks/src/branch/main/runbooks/kafka%20lag.md"));
  }

  @Test
  void noLinkForUnknownHostsLocalRemotesOrAddressesWithoutAProject() {
    assertThat(link("https://git.internal.example/acme/runbooks.git", "main")).isEmpty();
    assertThat(link("file:///srv/git/runbooks.git", "main")).isEmpty();
    assertThat(link("https://github.com/runbooks.git", "main")).isEmpty();
  }

  @Test
  void branchAndPathCannotBreakOutOfTheAddress() {
    assertThat(link("https://github.com/acme/runbooks", "fix?x=1#y"))
        .contains(
            URI.create(
                "https://github.com/acme/runbooks/blob/fix%3Fx%3D1%23y/runbooks/kafka%20lag.md"));
  }

  private static Optional<URI> link(String remote, String branch) {
    return ForgeFileLink.of(RemoteUrl.of(remote), branch, PATH);
  }
}
