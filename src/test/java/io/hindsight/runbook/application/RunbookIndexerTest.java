package io.hindsight.runbook.application;

import static io.hindsight.testing.BareRemote.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RunbookFolder;
import io.hindsight.runbook.domain.RunbookIndexEntry;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookSeverity;
import io.hindsight.runbook.git.RunbookFile;
import io.hindsight.runbook.git.RunbookGit;
import io.hindsight.testing.BareRemote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookIndexerTest {

  @TempDir Path temp;
  private BareRemote remote;

  @BeforeEach
  void remote() {
    remote = BareRemote.create(temp.resolve("remote.git"), "main");
  }

  @Test
  void aFirstSyncReadsEveryMarkdownFileUnderTheFolder() throws IOException {
    remote.commit(
        "Ana",
        "Add runbooks",
        files(
            "docs/runbooks/a.md",
                "---\ntitle: Disk full\nowner: storage\nservices: [api, db]\n---\n# x",
            "docs/runbooks/b.md", "# Node down\n",
            "docs/other.md", "# Not a runbook here",
            "docs/runbooks/logo.png", new byte[] {1, 2, 3}));

    IndexUpdate update = fetchAndIndex(Optional.empty());

    assertThat(update.fullRebuild()).isTrue();
    Map<String, RunbookIndexEntry> entries = byPath(update);
    assertThat(entries).containsOnlyKeys("docs/runbooks/a.md", "docs/runbooks/b.md");
    RunbookIndexEntry a = entries.get("docs/runbooks/a.md");
    assertThat(a.title()).isEqualTo("Disk full");
    assertThat(a.owner()).contains("storage");
    assertThat(a.services()).containsExactly("api", "db");
    assertThat(a.lastAuthor()).contains("Ana");
    assertThat(entries.get("docs/runbooks/b.md").title()).isEqualTo("Node down");
  }

  @Test
  void theIndexTableGivesSeverityAndPurposeAndAChangedTableRereadsEveryFile() throws IOException {
    String table = "| Runbook | Purpose | Severity |\n|-|-|-|\n| [A](./a.md) | Restore A | %s |\n";
    remote.commit(
        "Ana", "Start", files("README.md", table.formatted("High"), "a.md", "# A", "b.md", "# B"));
    IndexUpdate first = fetchAndIndex(Optional.empty());
    try (RunbookGit git = RunbookGit.open(temp.resolve("clone.git"))) {
      git.publish().branch("main").commit(first.commit()).call();
    }
    RunbookIndexEntry a = byPath(first).get("a.md");
    assertThat(a.severity()).contains("High");
    assertThat(a.severityLevel()).contains(RunbookSeverity.Level.HIGH);
    assertThat(a.purpose()).contains("Restore A");
    assertThat(a.sources().encode())
        .isEqualTo("title=heading,severity=index,purpose=index,lastUpdated=git,lastAuthor=git");

    remote.commit("Bo", "A is critical now", files("README.md", table.formatted("sev1")));
    IndexUpdate second = fetchAndIndex(Optional.of(first.commit()));

    assertThat(second.fullRebuild()).isFalse();
    assertThat(byPath(second)).containsOnlyKeys("README.md", "a.md", "b.md");
    assertThat(byPath(second).get("a.md").severity()).contains("sev1");
    assertThat(byPath(second).get("a.md").severityLevel()).contains(RunbookSeverity.Level.CRITICAL);
    assertThat(byPath(second).get("b.md").severity()).isEmpty();
  }

  @Test
  void aLaterSyncRereadsOnlyWhatTheDiffChanged() throws IOException {
    remote.commit(
        "Ana", "Start", files("a.md", "# A", "b.md", "# B", "c.md", "# C", "d.md", "# D"));
    IndexUpdate first = fetchAndIndex(Optional.empty());
    try (RunbookGit git = RunbookGit.open(temp.resolve("clone.git"))) {
      git.publish().branch("main").commit(first.commit()).call();
    }

    remote.commit("Bo", "Change two", files("a.md", "# A2", "b.md", "# B2"));
    remote.commit(
        "Bo", "Rename c, delete d", files("c.md", null, "renamed/c.md", "# C", "d.md", null));
    IndexUpdate second = fetchAndIndex(Optional.of(first.commit()));

    assertThat(second.fullRebuild()).isFalse();
    assertThat(byPath(second)).containsOnlyKeys("a.md", "b.md", "renamed/c.md");
    assertThat(byPath(second).get("a.md").title()).isEqualTo("A2");
    assertThat(byPath(second).get("a.md").lastAuthor()).contains("Bo");
    assertThat(second.removed())
        .containsExactlyInAnyOrder(RunbookPath.of("c.md"), RunbookPath.of("d.md"));
  }

  @Test
  void unreadableFilesAreIndexedWithTheirProblem() throws IOException {
    byte[] latin1 = "# Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] big = new byte[(int) RunbookFile.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    remote.commit(
        "Ana",
        "Odd files",
        files(
            "binary.md",
            new byte[] {0, 1, 2, 0, 'x'},
            "latin1.md",
            latin1,
            "big.md",
            big,
            "yaml.md",
            "---\ntitle: [unclosed\n---\n# Body title\n",
            "fine.md",
            "# Fine"));

    Map<String, RunbookIndexEntry> entries = byPath(fetchAndIndex(Optional.empty()));

    assertThat(entries.get("binary.md").problem())
        .hasValueSatisfying(p -> assertThat(p).contains("binary"));
    assertThat(entries.get("latin1.md").problem())
        .hasValueSatisfying(p -> assertThat(p).contains("UTF-8"));
    assertThat(entries.get("big.md").problem())
        .hasValueSatisfying(p -> assertThat(p).contains("5 MB"));
    assertThat(entries.get("yaml.md").problem())
        .hasValueSatisfying(p -> assertThat(p).contains("front matter"));
    assertThat(entries.get("yaml.md").title()).isEqualTo("Body title");
    assertThat(entries.get("big.md").title()).isEqualTo("Big");
    assertThat(entries.get("fine.md").problem()).isEmpty();
  }

  @Test
  void aRunbookWithLoneCarriageReturnsIsTextNotBinary() throws IOException {
    remote.commit(
        "Ana",
        "Saved on an old Mac",
        files(
            "classic-mac.md",
            "---\rtitle: Restart the queue\rowner: messaging\r---\r# Queue\rDrain it first.\r",
            "nul-late.md",
            "# Late NUL\n" + "text\n".repeat(2000) + "\u0000"));

    Map<String, RunbookIndexEntry> entries = byPath(fetchAndIndex(Optional.empty()));

    RunbookIndexEntry mac = entries.get("classic-mac.md");
    assertThat(mac.problem()).isEmpty();
    assertThat(mac.title()).isEqualTo("Restart the queue");
    assertThat(mac.owner()).contains("messaging");
    assertThat(entries.get("nul-late.md").problem())
        .hasValueSatisfying(p -> assertThat(p).contains("binary"));
  }

  @Test
  void aRepositoryWithoutMarkdownFailsTheSync() {
    remote.commit("Ana", "Code only", files("main.go", "package main"));
    assertThatThrownBy(() -> fetchAndIndex(Optional.empty()))
        .isInstanceOf(NoRunbooksException.class)
        .hasMessageContaining("No Markdown files");
  }

  private IndexUpdate fetchAndIndex(Optional<String> previous) throws IOException {
    try (RunbookGit git = RunbookGit.openOrCreate(temp.resolve("clone.git"), "main")) {
      String head = git.fetch().from(RemoteUrl.of(remote.url())).branch("main").call();
      return RunbookIndexer.update(git, head, folderOf(git, head), previous);
    }
  }

  private static RunbookFolder folderOf(RunbookGit git, String head) throws IOException {
    boolean docs =
        git.listFiles().at(head).call().stream()
            .anyMatch(f -> f.path().value().startsWith("docs/runbooks/"));
    return docs ? RunbookFolder.of("docs/runbooks/") : RunbookFolder.ROOT;
  }

  private static Map<String, RunbookIndexEntry> byPath(IndexUpdate update) {
    return update.entries().stream()
        .collect(Collectors.toMap(e -> e.path().value(), Function.identity()));
  }
}
