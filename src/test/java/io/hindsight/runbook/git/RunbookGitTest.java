package io.hindsight.runbook.git;

import static io.hindsight.testing.BareRemote.files;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.application.SampleRunbookRepository;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.testing.BareRemote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookGitTest {

  @TempDir Path temp;

  @Test
  void listsTheSampleFilesWithTheirBlobsAndSizes() throws IOException {
    Path repo = sample();
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      List<RunbookFile> files = git.listFiles().at(head).call();

      assertThat(files)
          .extracting(file -> file.path().value())
          .containsExactly(
              "README.md",
              "database-restore.md",
              "disaster-recovery.md",
              "incident-response.md",
              "node-recovery.md",
              "rollback-procedure.md");
      for (RunbookFile file : files) {
        String spec = "main:" + file.path().value();
        assertThat(file.blobId()).isEqualTo(GitCli.bare(repo, "rev-parse", spec).strip());
        assertThat(file.size())
            .isEqualTo(Long.parseLong(GitCli.bare(repo, "cat-file", "-s", spec).strip()));
      }
      assertThat(head).isEqualTo(GitCli.bare(repo, "rev-parse", "main").strip());
    }
  }

  @Test
  void readsFilesAsUtf8() throws IOException {
    Path repo = sample();
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      assertThat(read(git, head, RunbookPath.of("README.md")))
          .hasValue(GitCli.bare(repo, "cat-file", "blob", "main:README.md"))
          .hasValueSatisfying(
              text -> assertThat(text).contains("AWS Console \u00e2\u2020\u2019 CloudWatch"));
      assertThat(read(git, head, RunbookPath.of("rollback.md"))).isEmpty();
      assertThat(read(git, head, RunbookPath.of("missing/dir.md"))).isEmpty();
    }
  }

  @Test
  void lastChangeOfEveryFileMatchesGitLog() throws IOException {
    Path repo = sample();
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      for (RunbookFile file : git.listFiles().at(head).call()) {
        assertThat(lastChange(git, head, file.path()))
            .as(file.path().value())
            .contains(gitLogLastChange(repo, "main", file.path().value()));
      }
    }
  }

  @Test
  void lastUpdatedIsTheCommitTimeWhenItDiffersFromTheAuthorTime() throws IOException {
    Path work = temp.resolve("picked");
    Files.createDirectories(work);
    GitCli.in(work, Map.of(), "init", "--quiet", "--initial-branch=main");
    write(work, "a.md", "# A");
    Map<String, String> env = new HashMap<>(committer());
    env.put("GIT_AUTHOR_DATE", "2025-06-01T10:00:00+0200");
    env.put("GIT_COMMITTER_DATE", "2025-06-03T09:30:19+0000");
    GitCli.in(work, env, "add", "--all");
    GitCli.in(work, env, "commit", "--quiet", "-m", "Cherry-picked later");
    Path bare = temp.resolve("picked.git");
    GitCli.in(temp, Map.of(), "clone", "--quiet", "--bare", work.toString(), bare.toString());

    try (RunbookGit git = RunbookGit.open(bare)) {
      String head = head(git);
      LastChange change = lastChange(git, head, RunbookPath.of("a.md")).orElseThrow();

      assertThat(change.commitTime())
          .isEqualTo(
              Instant.from(
                  java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(
                      GitCli.bare(bare, "log", "-1", "--format=%cI", "main", "--", "a.md")
                          .strip())))
          .isEqualTo(Instant.parse("2025-06-03T09:30:19Z"));
      assertThat(change.authorTime()).isEqualTo(Instant.parse("2025-06-01T08:00:00Z"));
    }
  }

  @Test
  void lastChangesInOnePassEqualsAskingGitPerFile() throws IOException {
    Path repo = sample();
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      Map<RunbookPath, LastChange> all = git.lastChanges().at(head).call();

      Map<RunbookPath, LastChange> perFile = new HashMap<>();
      for (RunbookFile file : git.listFiles().at(head).call()) {
        perFile.put(file.path(), gitLogLastChange(repo, "main", file.path().value()));
      }
      assertThat(all).hasSize(6).isEqualTo(perFile);
      assertThat(all.get(RunbookPath.of("rollback-procedure.md")).shortMessage())
          .isEqualTo("Rename rollback.md to rollback-procedure.md");
      assertThat(all.get(RunbookPath.of("node-recovery.md")))
          .isEqualTo(
              new LastChange(
                  GitCli.bare(repo, "rev-parse", "main~1").strip(),
                  "Jordan Ellis",
                  Instant.parse("2025-11-16T15:30:00Z"),
                  "node-recovery: drain the node before terminating its instance"));
    }
  }

  @Test
  void lastChangeOfADeletedPathIsTheCommitThatRemovedIt() throws IOException {
    Path repo = sample();
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      for (String gone : List.of("rollback.md", "manual-scaling.md")) {
        assertThat(lastChange(git, head, RunbookPath.of(gone)))
            .as(gone)
            .contains(gitLogLastChange(repo, "main", gone));
      }
      assertThat(lastChange(git, head, RunbookPath.of("never-existed.md"))).isEmpty();
      assertThat(git.lastChanges().at(head).call())
          .doesNotContainKey(RunbookPath.of("rollback.md"));
    }
  }

  @Test
  void followsGitThroughMergesSubdirectoriesAndOddEntries() throws IOException {
    Path repo = repositoryWithMerges();
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      assertThat(git.listFiles().at(head).call())
          .extracting(file -> file.path().value())
          .containsExactly(
              "a.md", "b.md", "c.md", "d.md", "ops/db/restore.md", "ops/e.md", "x/UPPER.MD");

      Map<RunbookPath, LastChange> all = git.lastChanges().at(head).call();
      for (RunbookFile file : git.listFiles().at(head).call()) {
        LastChange expected = gitLogLastChange(repo, "main", file.path().value());
        assertThat(all.get(file.path())).as(file.path().value()).isEqualTo(expected);
        assertThat(lastChange(git, head, file.path())).as(file.path().value()).contains(expected);
      }
      assertThat(all.get(RunbookPath.of("a.md")).shortMessage()).isEqualTo("side: edit a");
      assertThat(all.get(RunbookPath.of("b.md")).shortMessage()).isEqualTo("main: edit b");
      assertThat(all.get(RunbookPath.of("c.md")).shortMessage()).isEqualTo("Merge branch 'side'");
      assertThat(all.get(RunbookPath.of("d.md")).shortMessage()).isEqualTo("base");
      assertThat(all.get(RunbookPath.of("ops/e.md")).shortMessage()).isEqualTo("side: add ops/e");
    }
  }

  @Test
  void readsAtTheResolvedCommitWhileTheBranchMoves() throws IOException {
    Path repo = sample();
    String before = GitCli.bare(repo, "rev-parse", "main").strip();
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      String tree = GitCli.bare(repo, "rev-parse", "main^{tree}").strip();
      String next =
          GitCli.in(
                  repo,
                  committer(),
                  "--git-dir=" + repo,
                  "commit-tree",
                  tree,
                  "-p",
                  before,
                  "-m",
                  "later")
              .strip();
      GitCli.bare(repo, "update-ref", "refs/heads/main", next, before);

      assertThat(head).isEqualTo(before);
      assertThat(git.lastChanges().at(head).call().values())
          .noneMatch(c -> c.commitId().equals(next));
    }
  }

  @Test
  void readingLeavesTheRepositoryUnchanged() throws IOException {
    Path repo = sample();
    Map<String, Long> before = snapshot(repo);
    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      for (RunbookFile file : git.listFiles().at(head).call()) {
        read(git, head, file.path());
      }
      git.lastChanges().at(head).call();
      lastChange(git, head, RunbookPath.of("rollback.md"));
    }
    assertThat(snapshot(repo)).isEqualTo(before);
  }

  @Test
  void anEmptyRepositoryReadsAsEmpty() throws IOException {
    Path repo = temp.resolve("empty.git");
    GitCli.in(temp, Map.of(), "init", "--bare", "--quiet", "--initial-branch=main", "empty.git");
    try (RunbookGit git = RunbookGit.open(repo)) {
      assertThat(git.isEmpty()).isTrue();
      assertThat(git.resolve().branch("main").call()).isEmpty();
      assertThat(git.resolve().branch("release").call()).isEmpty();
    }
  }

  @Test
  void aFileOverTheSizeLimitIsListedButNeverRead() throws IOException {
    Path repo = temp.resolve("huge.git");
    byte[] huge = "| host | state |\n".repeat(51 * 1024 * 1024 / 16 + 1).getBytes(US_ASCII);
    BareRemote.create(repo, "main")
        .commit("Ana", "Paste the inventory", files("huge.md", huge, "small.md", "# Small"));

    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      assertThat(git.listFiles().at(head).call())
          .extracting(RunbookFile::size)
          .containsExactly((long) huge.length, 7L);
      assertThat(read(git, head, RunbookPath.of("huge.md"))).isEmpty();
      assertThat(read(git, head, RunbookPath.of("small.md"))).hasValue("# Small");
    }
  }

  @Test
  void aCallerMayAllowMoreOrFewerBytesThanARunbookHas() throws IOException {
    Path repo = temp.resolve("small.git");
    BareRemote.create(repo, "main").commit("Ana", "Add", files("small.md", "# Small"));

    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = head(git);
      assertThat(git.readFile().path("small.md").at(head).maxBytes(6).call()).isEmpty();
      assertThat(git.readFile().path("small.md").at(head).maxBytes(7).call()).isPresent();
    }
  }

  @Test
  void historyFollowsARenameAndEachCommitHasItsDiff() throws IOException {
    Path repo = sample();
    try (RunbookGit git = RunbookGit.open(repo)) {
      List<HistoryEntry> history =
          git.history().at(head(git)).path(RunbookPath.of("rollback-procedure.md")).call();

      assertThat(history)
          .extracting(HistoryEntry::commitId)
          .containsExactlyElementsOf(
              GitCli.bare(
                      repo, "log", "--follow", "--format=%H", "main", "--", "rollback-procedure.md")
                  .lines()
                  .toList());
      HistoryEntry rename = history.get(0);
      assertThat(rename.message()).startsWith("Rename rollback.md to rollback-procedure.md");
      assertThat(rename.path()).isEqualTo("rollback-procedure.md");
      assertThat(rename.renamedFrom()).contains("rollback.md");
      assertThat(history.get(history.size() - 1).path()).isEqualTo("rollback.md");
      assertThat(git.diff().commit(rename.commitId()).path(rename.path()).call())
          .contains("rename from rollback.md", "rename to rollback-procedure.md");
    }
  }

  @Test
  void aMissingBranchIsReportedByName() throws IOException {
    Path repo = sample();
    try (RunbookGit git = RunbookGit.open(repo)) {
      assertThat(git.isEmpty()).isFalse();
      assertThatThrownBy(() -> git.resolve().branch("release-2025").call())
          .isInstanceOf(NoSuchBranchException.class)
          .hasMessageContaining("'release-2025'")
          .hasMessageContaining("does not exist");
      assertThatThrownBy(() -> git.resolve().branch("bad..name"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Not a valid branch name");
    }
  }

  @Test
  void refusesMissingDirectoriesPlainDirectoriesAndWorkingTrees() throws IOException {
    assertThatThrownBy(() -> RunbookGit.open(temp.resolve("nope.git")))
        .isInstanceOf(GitAccessException.class)
        .hasMessageContaining("does not exist");

    Path plain = Files.createDirectories(temp.resolve("plain"));
    assertThatThrownBy(() -> RunbookGit.open(plain))
        .isInstanceOf(GitAccessException.class)
        .hasMessageContaining("No runbook repository at " + plain);

    GitCli.in(temp, Map.of(), "init", "--quiet", "work");
    assertThatThrownBy(() -> RunbookGit.open(temp.resolve("work/.git")))
        .isInstanceOf(GitAccessException.class)
        .hasMessageContaining("not bare");
  }

  private static String head(RunbookGit git) throws IOException {
    return git.resolve().branch("main").call().orElseThrow();
  }

  private static Optional<String> read(RunbookGit git, String head, RunbookPath path)
      throws IOException {
    return git.readFile()
        .path(path)
        .at(head)
        .call()
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  private static Optional<LastChange> lastChange(RunbookGit git, String head, RunbookPath path)
      throws IOException {
    return Optional.ofNullable(git.lastChanges().at(head).path(path).call().get(path));
  }

  private Path sample() throws IOException {
    Path repo = temp.resolve("runbooks.git");
    SampleRunbookRepository.at(repo).createIfAbsent();
    return repo;
  }

  /**
   * base adds a-d; side edits a and c and adds ops/e; main edits b and c; the merge resolves c to
   * new content; a later "ours" merge drops side2's edit of d.
   */
  private Path repositoryWithMerges() throws IOException {
    Path work = temp.resolve("work");
    GitCli.in(temp, Map.of(), "init", "--quiet", "--initial-branch=main", "work");
    write(work, "a.md", "a1");
    write(work, "b.md", "b1");
    write(work, "c.md", "c1");
    write(work, "d.md", "d1");
    write(work, "ops/db/restore.md", "restore");
    write(work, "x/UPPER.MD", "upper");
    write(work, "notes.txt", "not markdown");
    write(work, "bad%20name.md", "unusable name");
    Files.createSymbolicLink(work.resolve("link.md"), Path.of("a.md"));
    commit(work, 1, "base");

    git(work, 2, "checkout", "--quiet", "-b", "side");
    write(work, "a.md", "a2");
    write(work, "c.md", "c-side");
    commit(work, 3, "side: edit a");
    write(work, "ops/e.md", "e");
    commit(work, 4, "side: add ops/e");

    git(work, 5, "checkout", "--quiet", "main");
    write(work, "b.md", "b2");
    write(work, "c.md", "c-main");
    commit(work, 6, "main: edit b");
    try {
      git(work, 7, "merge", "--quiet", "--no-edit", "side");
    } catch (IllegalStateException conflict) {
      write(work, "c.md", "c-merged");
      git(work, 7, "add", "c.md");
      git(work, 7, "commit", "--quiet", "--no-edit");
    }

    git(work, 8, "checkout", "--quiet", "-b", "side2", "main~1");
    write(work, "d.md", "d-discarded");
    commit(work, 9, "side2: edit d");
    git(work, 10, "checkout", "--quiet", "main");
    git(work, 11, "merge", "--quiet", "-s", "ours", "--no-edit", "side2");

    Path bare = temp.resolve("merges.git");
    GitCli.in(temp, Map.of(), "clone", "--quiet", "--bare", work.toString(), bare.toString());
    return bare;
  }

  private static void write(Path work, String path, String content) throws IOException {
    Path file = work.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content + "\n");
  }

  private static void commit(Path work, int minute, String message) {
    git(work, minute, "add", "--all");
    git(work, minute, "commit", "--quiet", "-m", message);
  }

  private static void git(Path work, int minute, String... args) {
    Map<String, String> env = new HashMap<>(committer());
    String date = String.format("2025-06-01T10:%02d:00+0000", minute);
    env.put("GIT_AUTHOR_DATE", date);
    env.put("GIT_COMMITTER_DATE", date);
    GitCli.in(work, env, args);
  }

  private static Map<String, String> committer() {
    return Map.of(
        "GIT_AUTHOR_NAME", "Test Author",
        "GIT_AUTHOR_EMAIL", "author@example.com",
        "GIT_COMMITTER_NAME", "Test Author",
        "GIT_COMMITTER_EMAIL", "author@example.com");
  }

  private static LastChange gitLogLastChange(Path repo, String branch, String path) {
    List<String> lines =
        GitCli.bare(repo, "log", "-1", "--format=%H%n%an%n%at%n%s%n%ct", branch, "--", path)
            .lines()
            .toList();
    return new LastChange(
        lines.get(0),
        lines.get(1),
        Instant.ofEpochSecond(Long.parseLong(lines.get(2))),
        lines.get(3),
        Instant.ofEpochSecond(Long.parseLong(lines.get(4))));
  }

  private static Map<String, Long> snapshot(Path dir) throws IOException {
    Map<String, Long> files = new HashMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.toList()) {
        files.put(dir.relativize(path).toString(), Files.getLastModifiedTime(path).toMillis());
      }
    }
    return files;
  }
}
