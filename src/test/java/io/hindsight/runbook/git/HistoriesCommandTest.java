package io.hindsight.runbook.git;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.testing.BareRemote;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many histories in one walk match one {@code git log --follow} walk per file, whole or since. */
class HistoriesCommandTest {

  @TempDir Path temp;

  private static final String RUNBOOK =
      "# Certificate expiry\n\nRenew the certificate before it expires.\n\n"
          + "## Steps\n\n1. Find the certificate.\n2. Renew it with the CA.\n3. Deploy it.\n";

  @Test
  void oneWalkGivesEveryFilesHistoryFollowingRenames() throws IOException {
    Path repo = temp.resolve("histories.git");
    BareRemote remote = BareRemote.create(repo, "main");
    List<String> commits = commits(remote);

    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = commits.get(commits.size() - 1);
      List<RunbookPath> paths = paths(git, head);
      Map<RunbookPath, RangeHistory> all = git.histories().at(head).paths(paths).call();

      assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(paths);
      for (RunbookPath path : paths) {
        assertThat(all.get(path).entries())
            .as(path.value())
            .isEqualTo(git.history().at(head).path(path).call());
        assertThat(all.get(path).continuesAs()).isEmpty();
      }
      assertThat(all.get(RunbookPath.of("ops/cert.md")).entries())
          .extracting(HistoryEntry::message)
          .containsExactly("Move cert into ops", "Edit cert", "Add three runbooks");
      assertThat(all.get(RunbookPath.of("ops/cert.md")).entries().get(0).renamedFrom())
          .hasValue("cert.md");
    }
  }

  @Test
  void aRangeSinceAnEarlierCommitEndsWithThePathAtThatCommit() throws IOException {
    Path repo = temp.resolve("range.git");
    BareRemote remote = BareRemote.create(repo, "main");
    List<String> commits = commits(remote);

    try (RunbookGit git = RunbookGit.open(repo)) {
      String head = commits.get(commits.size() - 1);
      String since = commits.get(1);
      List<RunbookPath> paths = paths(git, head);
      Map<RunbookPath, RangeHistory> range =
          git.histories().at(head).since(Optional.of(since)).paths(paths).call();
      Map<RunbookPath, RangeHistory> before =
          git.histories().at(since).paths(paths(git, since)).call();

      for (RunbookPath path : paths) {
        RangeHistory recent = range.get(path);
        List<HistoryEntry> joined = new ArrayList<>(recent.entries());
        recent
            .continuesAs()
            .map(RunbookPath::of)
            .map(before::get)
            .ifPresent(earlier -> joined.addAll(earlier.entries()));
        assertThat(joined).as(path.value()).isEqualTo(git.history().at(head).path(path).call());
      }
      assertThat(range.get(RunbookPath.of("ops/cert.md")).continuesAs()).hasValue("cert.md");
      assertThat(range.get(RunbookPath.of("disk.md")).continuesAs()).hasValue("disk.md");
      assertThat(range.get(RunbookPath.of("disk.md")).entries()).isEmpty();
    }
  }

  @Test
  void readingNothingWalksNoHistory() throws IOException {
    Path repo = temp.resolve("count.git");
    BareRemote remote = BareRemote.create(repo, "main");
    String head = commits(remote).get(3);
    try (RunbookGit git = RunbookGit.open(repo)) {
      long before = HistoryWalks.count();
      git.listFiles().at(head).call();
      git.readFile().path("disk.md").at(head).call();
      assertThat(HistoryWalks.count()).isEqualTo(before);
      git.history().at(head).path(RunbookPath.of("disk.md")).call();
      assertThat(HistoryWalks.count()).isGreaterThan(before);
    }
  }

  private static List<String> commits(BareRemote remote) {
    List<String> commits = new ArrayList<>();
    Instant time = Instant.parse("2025-03-01T09:00:00Z");
    remote.nextCommitAt(time);
    commits.add(
        remote.commit(
            "Ana Lima",
            "Add three runbooks",
            files("disk.md", "# Disk full\n", "node.md", "# Node down\n", "cert.md", RUNBOOK)));
    remote.nextCommitAt(time.plusSeconds(3600));
    commits.add(
        remote.commit("Bo Chen", "Edit cert", files("cert.md", RUNBOOK + "\n4. Check it.\n")));
    remote.nextCommitAt(time.plusSeconds(7200));
    commits.add(
        remote.commit(
            "Bo Chen",
            "Move cert into ops",
            files("cert.md", null, "ops/cert.md", RUNBOOK + "\n4. Check it.\n")));
    remote.nextCommitAt(time.plusSeconds(10800));
    commits.add(
        remote.commit(
            "Ana Lima", "Add dns, edit node", files("dns.md", "# DNS\n", "node.md", "# Node\n")));
    return commits;
  }

  private static List<RunbookPath> paths(RunbookGit git, String commit) throws IOException {
    return git.listFiles().at(commit).call().stream().map(RunbookFile::path).toList();
  }
}
