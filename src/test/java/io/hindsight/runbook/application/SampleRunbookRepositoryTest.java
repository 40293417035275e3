package io.hindsight.runbook.application;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.GitCli;
import io.hindsight.runbook.git.LastChange;
import io.hindsight.runbook.git.RunbookGit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SampleRunbookRepositoryTest {

  private static final List<String> RUNBOOKS =
      List.of(
          "node-recovery.md",
          "database-restore.md",
          "incident-response.md",
          "rollback-procedure.md",
          "disaster-recovery.md");

  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\| \\[(.+)]\\((.+)\\) \\| (.+) \\| (.+) \\| (\\d{4}-\\d{2}-\\d{2}) \\|$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @TempDir Path temp;
  private Path repo;

  @BeforeEach
  void createSample() throws IOException {
    repo = temp.resolve("runbooks.git");
    assertThat(SampleRunbookRepository.at(repo).createIfAbsent()).isTrue();
  }

  @Test
  void isABareRepositoryWhoseHeadIsMain() {
    assertThat(GitCli.bare(repo, "rev-parse", "--is-bare-repository")).isEqualTo("true\n");
    assertThat(GitCli.bare(repo, "symbolic-ref", "HEAD")).isEqualTo("refs/heads/main\n");
    assertThat(GitCli.bare(repo, "for-each-ref", "--format=%(refname)"))
        .isEqualTo("refs/heads/main\n");
    assertThat(repo.resolve("index")).doesNotExist();
    assertThat(repo.resolve(".git")).doesNotExist();
    assertThat(GitCli.bare(repo, "config", "core.bare")).isEqualTo("true\n");
  }

  @Test
  void passesGitFsck() {
    GitCli.bare(repo, "fsck", "--strict", "--no-dangling");
  }

  @Test
  void headHoldsTheIndexAndFiveRunbooks() {
    assertThat(GitCli.bare(repo, "ls-tree", "-r", "--name-only", "main").lines())
        .containsExactlyInAnyOrder(
            Stream.concat(Stream.of("README.md"), RUNBOOKS.stream()).toArray(String[]::new));
  }

  @Test
  void readmeTableListsExactlyTheFiveRunbooks() {
    List<String> rows = new ArrayList<>();
    for (String line : show("README.md").lines().toList()) {
      Matcher row = TABLE_ROW.matcher(line);
      if (row.matches()) {
        rows.add(row.group(1) + " | " + row.group(2) + " | " + row.group(4));
      }
    }
    assertThat(show("README.md"))
        .contains("| Runbook | Purpose | Severity | Last Updated |\n")
        .contains("| [Node Recovery](./node-recovery.md) | Recover failed EKS nodes | High |");
    assertThat(rows)
        .containsExactly(
            "Node Recovery | ./node-recovery.md | High",
            "Database Restore | ./database-restore.md | Critical",
            "Incident Response | ./incident-response.md | Critical",
            "Rollback Procedure | ./rollback-procedure.md | High",
            "Disaster Recovery | ./disaster-recovery.md | Critical");
  }

  @Test
  void readmeCoversSeveritiesEscalationReviewMaintenanceAndFeedback() {
    assertThat(show("README.md"))
        .contains("## When to Use", "## Incident Severity Levels", "## Escalation")
        .contains("### P0", "### P1", "### P2", "### P3")
        .contains("< 15 minutes", "< 1 hour", "< 4 hours", "< 24 hours")
        .contains("within 48 hours", "**Quarterly:**", "**Post-Incident:**", "**Post-Change:**")
        .contains("release tag", "`runbook-improvement`");
    for (String runbook : List.of("Node Recovery", "Database Restore", "Disaster Recovery")) {
      String section = show("README.md").split("### " + runbook + "\n", 2)[1];
      assertThat(section).startsWith("**Trigger:**").contains("**Frequency:**", "**Impact:**");
    }
  }

  @Test
  void monitoringLineKeepsItsOddCharactersByteForByte() {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes("\n- **CloudWatch:** AWS Console ".getBytes(US_ASCII));
    expected.writeBytes(bytes(0xC3, 0xA2, 0xE2, 0x80, 0xA0, 0xE2, 0x80, 0x99));
    expected.writeBytes(" CloudWatch\n".getBytes(US_ASCII));

    byte[] blob = GitCli.bareBytes(repo, "cat-file", "blob", "main:README.md");

    assertThat(indexOf(blob, expected.toByteArray())).isNotNegative();
    assertThat(new String(blob, UTF_8))
        .contains("\n- **CloudWatch:** AWS Console \u00e2\u2020\u2019 CloudWatch\n");
  }

  @Test
  void everyRunbookHasFrontMatterMatchingTheIndexAndTheUsualSections() throws IOException {
    Map<String, String> severityInIndex = new LinkedHashMap<>();
    show("README.md")
        .lines()
        .map(TABLE_ROW::matcher)
        .filter(Matcher::matches)
        .forEach(row -> severityInIndex.put(row.group(2).substring(2), row.group(4)));

    for (String runbook : RUNBOOKS) {
      String text = show(runbook);
      assertThat(text).as(runbook).startsWith("---\n");
      String yaml = text.substring(4, text.indexOf("\n---\n", 4));
      @SuppressWarnings("unchecked")
      Map<String, Object> front =
          (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);

      assertThat(front)
          .as(runbook)
          .containsOnlyKeys(
              "title",
              "owner",
              "severity",
              "services",
              "triggers",
              "review_interval",
              "last_reviewed");
      assertThat((String) front.get("owner")).as(runbook).endsWith("-team");
      assertThat(front.get("severity")).as(runbook).isEqualTo(severityInIndex.get(runbook));
      assertThat((List<?>) front.get("services")).as(runbook).isNotEmpty();
      assertThat((List<?>) front.get("triggers")).as(runbook).isNotEmpty();
      assertThat(front.get("review_interval")).isEqualTo("quarterly");
      assertThat(LocalDate.parse((String) front.get("last_reviewed")).getYear()).isEqualTo(2025);
      assertThat(text)
          .as(runbook)
          .contains("\n# " + front.get("title") + "\n")
          .contains(
              "\n## When to Use\n",
              "\n## Impact\n",
              "\n## Prerequisites\n",
              "\n## Steps\n",
              "\n1. ",
              "```bash\n",
              "\n## Verification\n",
              "\n## Rollback\n",
              "\n## Escalation\n");
    }
  }

  @Test
  void dateColumnAndLastReviewedAgreeWithGitHistory() throws IOException {
    Map<String, LocalDate> lastUpdated = new LinkedHashMap<>();
    show("README.md")
        .lines()
        .map(TABLE_ROW::matcher)
        .filter(Matcher::matches)
        .forEach(row -> lastUpdated.put(row.group(2).substring(2), LocalDate.parse(row.group(5))));

    try (RunbookGit git = RunbookGit.open(repo)) {
      Map<RunbookPath, LastChange> changes =
          git.lastChanges().at(git.resolve().branch("main").call().orElseThrow()).call();
      for (String runbook : RUNBOOKS) {
        LocalDate changed =
            LocalDate.ofInstant(changes.get(RunbookPath.of(runbook)).authorTime(), ZoneOffset.UTC);
        assertThat(lastUpdated.get(runbook)).as(runbook).isEqualTo(changed);
        assertThat(show(runbook)).as(runbook).contains("\nlast_reviewed: " + changed + "\n");
      }
    }
  }

  @Test
  void relativeLinksPointAtExistingRunbooksAndHeadings() {
    Set<String> files =
        Set.copyOf(GitCli.bare(repo, "ls-tree", "-r", "--name-only", "main").lines().toList());
    int links = 0;
    for (String file : files) {
      Matcher link = LINK.matcher(show(file));
      while (link.find()) {
        String target = link.group(1);
        if (target.startsWith("http")) {
          continue;
        }
        links++;
        RunbookPath resolved = RunbookPath.of(file).resolveSibling(target).orElseThrow();
        assertThat(files).as(file + " -> " + target).contains(resolved.value());
        if (target.contains("#")) {
          String anchor = target.substring(target.indexOf('#') + 1);
          assertThat(headingAnchors(show(resolved.value())))
              .as(file + " -> " + target)
              .contains(anchor);
        }
      }
    }
    assertThat(links).isGreaterThanOrEqualTo(10);
    assertThat(show("incident-response.md")).contains("(./rollback-procedure.md#steps)");
  }

  @Test
  void historyHasTenCommitsInTwentyTwentyFiveByThreeAuthors() {
    assertThat(GitCli.bare(repo, "rev-list", "--count", "main")).isEqualTo("10\n");
    assertThat(GitCli.bare(repo, "log", "--format=%an <%ae>", "main").lines().distinct())
        .containsExactlyInAnyOrder(
            "Priya Raman <priya.raman@example.com>",
            "Tomasz Nowak <tomasz.nowak@example.com>",
            "Jordan Ellis <jordan.ellis@example.com>");
    List<String> dates = GitCli.bare(repo, "log", "--format=%as %cs", "main").lines().toList();
    assertThat(dates.get(0)).isEqualTo("2025-11-16 2025-11-16");
    assertThat(dates.get(dates.size() - 1)).startsWith("2025-03-04");
    assertThat(dates).allMatch(date -> date.matches("2025-\\d\\d-\\d\\d 2025-\\d\\d-\\d\\d"));
    assertThat(GitCli.bare(repo, "log", "--format=%s", "main"))
        .contains("Add runbook index and node recovery runbook")
        .contains("node-recovery: drain the node before terminating its instance");
  }

  @Test
  void historyShowsARenameAndADeletion() {
    String log = GitCli.bare(repo, "log", "-M", "--format=%s", "--name-status", "main");
    assertThat(log)
        .containsPattern(
            "Rename rollback.md to rollback-procedure.md\n\n(M\t\\S+\n)*"
                + "R\\d+\trollback.md\trollback-procedure.md\n")
        .contains("Remove manual scaling notes\n\nD\tmanual-scaling.md\n");
    assertThat(
            GitCli.bare(
                repo, "log", "--follow", "--format=%s", "main", "--", "rollback-procedure.md"))
        .contains("Add rollback runbook for failed deployments");
  }

  @Test
  void secondCallCreatesNothingAndLeavesTheRefAlone() throws IOException {
    String head = GitCli.bare(repo, "rev-parse", "main");
    List<String> filesBefore = filesUnder(repo);

    assertThat(SampleRunbookRepository.at(repo).createIfAbsent()).isFalse();

    assertThat(GitCli.bare(repo, "rev-parse", "main")).isEqualTo(head);
    assertThat(filesUnder(repo)).isEqualTo(filesBefore);
  }

  @Test
  void historyIsTheSameOnEveryRun() throws IOException {
    Path other = temp.resolve("again.git");
    SampleRunbookRepository.at(other).createIfAbsent();
    assertThat(GitCli.bare(other, "rev-parse", "main"))
        .isEqualTo(GitCli.bare(repo, "rev-parse", "main"));
  }

  @Test
  void fillsAnExistingEmptyBareRepositoryAndPointsHeadAtMain() throws IOException {
    Path empty = temp.resolve("empty.git");
    GitCli.in(temp, Map.of(), "init", "--bare", "--initial-branch=master", empty.toString());

    assertThat(SampleRunbookRepository.at(empty).createIfAbsent()).isTrue();

    assertThat(GitCli.bare(empty, "symbolic-ref", "HEAD")).isEqualTo("refs/heads/main\n");
    assertThat(GitCli.bare(empty, "rev-parse", "HEAD"))
        .isEqualTo(GitCli.bare(repo, "rev-parse", "main"));
  }

  @Test
  void leavesARepositoryWithOtherBranchesUntouched() throws IOException {
    Path existing = temp.resolve("existing.git");
    GitCli.in(temp, Map.of(), "init", "--bare", "--initial-branch=trunk", existing.toString());
    String tree = GitCli.bare(existing, "mktree").strip();
    String commit =
        GitCli.in(
                existing,
                Map.of(
                    "GIT_AUTHOR_NAME",
                    "A",
                    "GIT_AUTHOR_EMAIL",
                    "a@example.com",
                    "GIT_COMMITTER_NAME",
                    "A",
                    "GIT_COMMITTER_EMAIL",
                    "a@example.com"),
                "--git-dir=" + existing,
                "commit-tree",
                tree,
                "-m",
                "empty")
            .strip();
    GitCli.bare(existing, "update-ref", "refs/heads/trunk", commit);

    assertThat(SampleRunbookRepository.at(existing).createIfAbsent()).isFalse();

    assertThat(GitCli.bare(existing, "for-each-ref", "--format=%(refname)"))
        .isEqualTo("refs/heads/trunk\n");
  }

  @Test
  void refusesADirectoryThatIsNotARepository() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("notes"));
    Files.writeString(dir.resolve("todo.txt"), "keep me");

    assertThatThrownBy(() -> SampleRunbookRepository.at(dir).createIfAbsent())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("neither empty nor a bare Git repository");
    assertThat(filesUnder(dir)).containsExactly("todo.txt");
  }

  @Test
  void refusesARepositoryWithAWorkingTree() throws IOException {
    Path work = temp.resolve("work");
    GitCli.in(temp, Map.of(), "init", "--quiet", work.toString());

    assertThatThrownBy(() -> SampleRunbookRepository.at(work.resolve(".git")).createIfAbsent())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("working tree");
  }

  private String show(String path) {
    return GitCli.bare(repo, "cat-file", "blob", "main:" + path);
  }

  private static Set<String> headingAnchors(String markdown) {
    return markdown
        .lines()
        .filter(line -> line.startsWith("#"))
        .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase().replace(' ', '-'))
        .collect(Collectors.toSet());
  }

  private static List<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> dir.relativize(file).toString())
          .sorted()
          .toList();
    }
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
