package io.hindsight.runbook.git;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.testing.BareRemote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branch, commit, merge, tag and push as a change request uses them, on bare repositories. */
class ChangeCommandsTest {

  private static final OffsetDateTime WHEN = OffsetDateTime.parse("2026-12-01T22:40:00Z");
  private static final String BRANCH = "runbook-improvement/restore-action-42";

  @TempDir Path temp;

  @Test
  void commitsAsTheUserWithHindsightAsCommitterAndMovesTheBranchCompareAndSet() throws Exception {
    BareRemote repo = BareRemote.create(temp.resolve("r.git"), "main");
    String base = repo.commit("Ann", "first", files("restore.md", "# Restore\n\n1. Stop\n"));
    try (RunbookGit git = RunbookGit.open(repo.directory())) {
      String commit = save(git, base, "# Restore\n\n1. Stop writes\n");
      assertThat(git.moveBranch().branch(BRANCH).from(Optional.empty()).to(commit).call()).isTrue();
      assertThat(git.moveBranch().branch(BRANCH).from(Optional.empty()).to(base).call()).isFalse();
      assertThat(git.moveBranch().branch(BRANCH).from(Optional.of(base)).to(base).call()).isFalse();
      assertThat(git.resolve().branch(BRANCH).call()).contains(commit);
      assertThat(git.resolve().branch("main").call()).contains(base);
      assertThat(GitCli.bare(repo.directory(), "log", "-1", "--format=%an <%ae>|%cn <%ce>", BRANCH))
          .isEqualTo("Alice <alice@example.com>|Hindsight <hindsight@localhost>\n");
      assertThat(git.diff().commit(commit).against(base).path("restore.md").call())
          .contains("-1. Stop\n+1. Stop writes\n");
    }
  }

  @Test
  void mergesInMemoryFastForwardsMergeCommitsAndReportsConflicts() throws Exception {
    BareRemote repo = BareRemote.create(temp.resolve("r.git"), "main");
    String base =
        repo.commit(
            "Ann", "first", files("restore.md", "# Restore\n\n1. Stop\n", "other.md", "# O\n"));
    try (RunbookGit git = RunbookGit.open(repo.directory())) {
      String change = save(git, base, "# Restore\n\n1. Stop writes\n");
      String moved = repo.commit("Ann", "other moved", files("other.md", "# Other\n"));
      MergeOutcome merged = merge(git, moved, change, false);
      assertThat(merged.isClean()).isTrue();
      assertThat(
              GitCli.bare(repo.directory(), "rev-list", "--parents", "-1", merged.commit().get()))
          .isEqualTo(merged.commit().get() + " " + moved + " " + change + "\n");
      MergeOutcome rebased = merge(git, moved, change, true);
      assertThat(
              GitCli.bare(repo.directory(), "rev-list", "--parents", "-1", rebased.commit().get()))
          .isEqualTo(rebased.commit().get() + " " + moved + "\n");
      assertThat(GitCli.bare(repo.directory(), "show", rebased.commit().get() + ":restore.md"))
          .isEqualTo("# Restore\n\n1. Stop writes\n");

      String clash = repo.commit("Ann", "clash", files("restore.md", "# Restore\n\n1. Halt\n"));
      MergeOutcome conflict = merge(git, clash, change, false);
      assertThat(conflict.isClean()).isFalse();
      assertThat(conflict.conflicts()).containsExactly("restore.md");
    }
  }

  @Test
  void mergingAMovedBaseIntoASaveKeepsTheBaseChangesAndTheSavedLinesWhereBothChangedThem()
      throws Exception {
    BareRemote repo = BareRemote.create(temp.resolve("r.git"), "main");
    String base =
        repo.commit("Ann", "first", files("restore.md", "# Restore\n\n1. Stop\n\nkeep\n\n2. Go\n"));
    try (RunbookGit git = RunbookGit.open(repo.directory())) {
      String saved = save(git, base, "# Restore\n\n1. Stop writes\n\nkeep\n\n2. Go\n");
      String moved =
          repo.commit(
              "Ann",
              "elsewhere",
              files("restore.md", "# Restore\n\n1. Stop\n\nkeep\n\n2. Go on\n", "x.md", "# X\n"));
      String clean = keepingHead(git, saved, moved);
      assertThat(GitCli.bare(repo.directory(), "rev-list", "--parents", "-1", clean))
          .isEqualTo(clean + " " + saved + " " + moved + "\n");
      assertThat(GitCli.bare(repo.directory(), "show", clean + ":restore.md"))
          .as("an edit the saver never saw is not taken back")
          .isEqualTo("# Restore\n\n1. Stop writes\n\nkeep\n\n2. Go on\n");
      assertThat(GitCli.bare(repo.directory(), "show", clean + ":x.md")).isEqualTo("# X\n");

      String clash =
          repo.commit(
              "Ann", "clash", files("restore.md", "# Restore\n\n1. Halt\n\nkeep\n\n2. Go on\n"));
      String resolved = keepingHead(git, clean, clash);
      assertThat(GitCli.bare(repo.directory(), "show", resolved + ":restore.md"))
          .as("where both changed the same line, the saved text wins")
          .isEqualTo("# Restore\n\n1. Stop writes\n\nkeep\n\n2. Go on\n");
      assertThat(merge(git, clash, resolved, false).isClean()).isTrue();
      assertThat(merge(git, clash, saved, false).isClean()).isFalse();
    }
  }

  @Test
  void tagsAnnotatedOnceAndPushesForwardOnlyWithALeaseOnOwnBranches() throws Exception {
    BareRemote remote = BareRemote.create(temp.resolve("remote.git"), "main");
    String base = remote.commit("Ann", "first", files("restore.md", "# Restore\n"));
    Path local = temp.resolve("local.git");
    GitCli.in(
        temp,
        java.util.Map.of(),
        "clone",
        "--bare",
        "--quiet",
        remote.directory().toString(),
        local.toString());
    try (RunbookGit git = RunbookGit.open(local)) {
      String change = save(git, base, "# Restore\n\nMore.\n");
      git.moveBranch().branch(BRANCH).from(Optional.empty()).to(change).call();
      git.moveBranch().branch("main").from(Optional.of(base)).to(change).call();
      git.tag()
          .name("runbooks-2026.12.01")
          .at(change)
          .tagger("Hindsight", "hindsight@localhost", WHEN)
          .message("Restore: more\n")
          .call();
      assertThatThrownBy(
              () ->
                  git.tag()
                      .name("runbooks-2026.12.01")
                      .at(base)
                      .tagger("Hindsight", "hindsight@localhost", WHEN)
                      .message("again\n")
                      .call())
          .isInstanceOf(GitAccessException.class);
      assertThat(git.tag().listing("runbooks-2026.12").call())
          .containsExactly("runbooks-2026.12.01");

      RemoteUrl url = RemoteUrl.of(remote.url());
      git.push()
          .to(url)
          .ownBranch(BRANCH, Optional.empty())
          .branch("main")
          .tag("runbooks-2026.12.01")
          .call();
      assertThat(GitCli.bare(remote.directory(), "rev-parse", "main", BRANCH))
          .isEqualTo(change + "\n" + change + "\n");
      assertThat(GitCli.bare(remote.directory(), "cat-file", "-t", "runbooks-2026.12.01"))
          .isEqualTo("tag\n");
      GitCli.bare(remote.directory(), "fsck", "--strict");

      String elsewhere = remote.commit("Bob", "moved on the remote", files("b.md", "# B\n"));
      String second = save(git, change, "# Restore\n\nEven more.\n");
      git.moveBranch().branch("main").from(Optional.of(change)).to(second).call();
      assertThatThrownBy(() -> git.push().to(url).branch("main").call())
          .isInstanceOf(PushRejectedException.class)
          .hasMessageContaining("main");
      assertThat(GitCli.bare(remote.directory(), "rev-parse", "main")).isEqualTo(elsewhere + "\n");
      git.moveBranch().branch(BRANCH).from(Optional.of(change)).to(second).call();
      assertThatThrownBy(() -> git.push().to(url).ownBranch(BRANCH, Optional.of(base)).call())
          .isInstanceOf(PushRejectedException.class);
      assertThat(GitCli.bare(remote.directory(), "rev-parse", BRANCH)).isEqualTo(change + "\n");
      git.push().to(url).ownBranch(BRANCH, Optional.of(change)).call();
      assertThat(GitCli.bare(remote.directory(), "rev-parse", BRANCH)).isEqualTo(second + "\n");
    }
  }

  private static String keepingHead(RunbookGit git, String head, String base) throws IOException {
    return git.merge()
        .into(head)
        .from(base)
        .onConflictKeepInto()
        .author("Alice", "alice@example.com", WHEN)
        .committer("Hindsight", "hindsight@localhost", WHEN)
        .message("Merge main into the change\n")
        .call()
        .commit()
        .orElseThrow();
  }

  private static MergeOutcome merge(RunbookGit git, String base, String head, boolean rebase)
      throws IOException {
    return git.merge()
        .into(base)
        .from(head)
        .rebase(rebase)
        .author("Alice", "alice@example.com", WHEN)
        .committer("Hindsight", "hindsight@localhost", WHEN)
        .message("Merge\n")
        .call();
  }

  private static String save(RunbookGit git, String parent, String text) throws IOException {
    return git.commit()
        .parent(parent)
        .put("restore.md", text.getBytes(StandardCharsets.UTF_8))
        .author("Alice", "alice@example.com", WHEN)
        .committer("Hindsight", "hindsight@localhost", WHEN)
        .message("Restore: clearer steps\n")
        .call();
  }
}
