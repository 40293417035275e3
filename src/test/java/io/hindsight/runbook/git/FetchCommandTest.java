package io.hindsight.runbook.git;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.testing.BareRemote;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching a branch into the clone and publishing it, from a file:// remote. */
class FetchCommandTest {

  @TempDir Path temp;
  private BareRemote remote;
  private Path clone;

  @BeforeEach
  void remote() {
    remote = BareRemote.create(temp.resolve("remote.git"), "main");
    clone = temp.resolve("clones/ops.git");
  }

  @Test
  void fetchesIntoIncomingAndLeavesTheBranchUntilPublished() throws IOException {
    String first = remote.commit("Ana", "Start", files("a.md", "# A"));
    try (RunbookGit git = RunbookGit.openOrCreate(clone, "main")) {
      assertThat(git.fetch().from(RemoteUrl.of(remote.url())).branch("main").call())
          .isEqualTo(first);
      assertThat(git.resolve().ref(FetchCommand.INCOMING).call()).contains(first);
      assertThatThrownBy(() -> git.resolve().branch("main").call())
          .isInstanceOf(NoSuchBranchException.class);

      assertThat(git.publish().branch("main").commit(first).call()).isEqualTo(first);
      String second = remote.commit("Bo", "Edit", files("a.md", "# A2"));
      assertThat(git.fetch().from(RemoteUrl.of(remote.url())).branch("main").call())
          .isEqualTo(second);

      assertThat(git.resolve().branch("main").call()).contains(first);
    }
    assertThat(GitCli.bare(clone, "symbolic-ref", "HEAD")).isEqualTo("refs/heads/main\n");
  }

  @Test
  void aMissingBranchOrRemoteFailsClearly() throws IOException {
    remote.commit("Ana", "Start", files("a.md", "# A"));
    RemoteUrl url = RemoteUrl.of(remote.url());
    try (RunbookGit git = RunbookGit.openOrCreate(clone, "main")) {
      assertThatThrownBy(() -> git.fetch().from(url).branch("release").call())
          .isInstanceOf(GitAccessException.class)
          .hasMessageContaining("no branch 'release'");
      RemoteUrl nowhere = RemoteUrl.of("file://" + temp.resolve("missing.git"));
      assertThatThrownBy(() -> git.fetch().from(nowhere).branch("main").call())
          .isInstanceOf(GitAccessException.class);
    }
  }
}
