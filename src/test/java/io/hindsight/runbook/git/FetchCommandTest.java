package io.hindsight.runbook.git;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.FetchLimits;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.SyncFailure;
import io.hindsight.testing.BareRemote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
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
  void aPublishExpectingWhereTheBranchWasNeverTakesBackWhatMovedItMeanwhile() throws IOException {
    String first = remote.commit("Ana", "Start", files("a.md", "# A"));
    try (RunbookGit git = RunbookGit.openOrCreate(clone, "main")) {
      git.fetch().from(RemoteUrl.of(remote.url())).branch("main").call();
      assertThat(git.publish().branch("main").commit(first).expecting(Optional.empty()).call())
          .isEqualTo(first);
      String merged =
          git.commit()
              .parent(first)
              .put("a.md", "# A, merged here".getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .author("Bo", "bo@example.com", java.time.OffsetDateTime.now())
              .message("Merged here\n")
              .call();
      assertThat(git.moveBranch().branch("main").from(Optional.of(first)).to(merged).call())
          .isTrue();

      assertThat(git.publish().branch("main").commit(first).expecting(Optional.of(first)).call())
          .as("the sync read the branch at first; a merge moved it since")
          .isEqualTo(merged);
      assertThat(git.resolve().branch("main").call()).contains(merged);
      assertThat(git.publish().branch("main").commit(first).expecting(Optional.empty()).call())
          .isEqualTo(merged);
      assertThat(git.publish().branch("main").commit(first).expecting(Optional.of(merged)).call())
          .isEqualTo(first);
    }
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

  @Test
  void aPackOverTheObjectLimitIsRefusedAndNothingKept() throws IOException {
    remote.commit("Ana", "Start", files("a.md", "# A", "b.md", "# B", "c.md", "# C"));
    try (RunbookGit git = RunbookGit.openOrCreate(clone, "main")) {
      assertThatThrownBy(
              () ->
                  git.fetch()
                      .from(RemoteUrl.of(remote.url()))
                      .branch("main")
                      .limits(new FetchLimits(10_000_000, 4))
                      .call())
          .isInstanceOfSatisfying(
              FetchFailedException.class,
              e -> assertThat(e.failure()).isEqualTo(SyncFailure.TOO_LARGE))
          .hasMessageStartingWith("The remote sends 5 objects, more than the limit of 4.")
          .hasMessageContaining("Nothing of it was kept");
      assertThat(git.resolve().ref(FetchCommand.INCOMING).call()).isEmpty();
    }
    assertThat(objectFiles()).isEmpty();
  }

  @Test
  void aPackOverTheSizeLimitIsRefusedAndNothingKept() throws IOException {
    byte[] noise = new byte[200_000];
    new Random(7).nextBytes(noise);
    remote.commit("Ana", "Start", files("a.md", "# A", "big.bin", noise));
    try (RunbookGit git = RunbookGit.openOrCreate(clone, "main")) {
      assertThatThrownBy(
              () ->
                  git.fetch()
                      .from(RemoteUrl.of(remote.url()))
                      .branch("main")
                      .limits(new FetchLimits(100_000, 1000))
                      .call())
          .isInstanceOfSatisfying(
              FetchFailedException.class,
              e -> assertThat(e.failure()).isEqualTo(SyncFailure.TOO_LARGE))
          .hasMessageStartingWith("The remote sends a pack larger than the limit of 100000 bytes.");
      assertThat(git.resolve().ref(FetchCommand.INCOMING).call()).isEmpty();
      assertThat(objectFiles()).isEmpty();

      String head =
          git.fetch()
              .from(RemoteUrl.of(remote.url()))
              .branch("main")
              .limits(new FetchLimits(1_000_000, 1000))
              .call();
      assertThat(git.resolve().ref(FetchCommand.INCOMING).call()).contains(head);
    }
  }

  @Test
  void failuresHaveACategoryAndNoLibraryText() throws IOException {
    remote.commit("Ana", "Start", files("a.md", "# A"));
    try (RunbookGit git = RunbookGit.openOrCreate(clone, "main")) {
      RemoteUrl nowhere = RemoteUrl.of("file://" + temp.resolve("missing.git"));
      assertThatThrownBy(() -> git.fetch().from(nowhere).branch("main").call())
          .isInstanceOfSatisfying(
              FetchFailedException.class,
              e -> assertThat(e.failure()).isEqualTo(SyncFailure.NOT_FOUND))
          .hasMessage("There is no Git repository at " + nowhere + ".");
      assertThatThrownBy(
              () -> git.fetch().from(RemoteUrl.of(remote.url())).branch("release").call())
          .isInstanceOfSatisfying(
              FetchFailedException.class,
              e -> assertThat(e.failure()).isEqualTo(SyncFailure.NOT_FOUND));
      RemoteUrl closed = RemoteUrl.of("http://127.0.0.1:9/x.git");
      assertThatThrownBy(() -> git.fetch().from(closed).branch("main").call())
          .isInstanceOfSatisfying(
              FetchFailedException.class,
              e -> assertThat(e.failure()).isEqualTo(SyncFailure.NETWORK))
          .hasMessageStartingWith("Cannot reach the remote " + closed + " (")
          .hasMessageNotContaining("Connection refused");
    }
  }

  /** Objects of the clone, loose or packed, and temporary packs left behind. */
  private List<Path> objectFiles() throws IOException {
    try (Stream<Path> files = Files.walk(clone.resolve("objects"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !file.startsWith(clone.resolve("objects/info")))
          .toList();
    }
  }
}
