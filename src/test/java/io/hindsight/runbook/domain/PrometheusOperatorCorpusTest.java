package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.InvalidFrontMatterException;
import io.hindsight.platform.markdown.MarkdownDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** Runs metadata and lint over the real prometheus-operator runbooks, when present. */
@EnabledIf("bundleIsPresent")
class PrometheusOperatorCorpusTest {

  private static final Path BUNDLE =
      Path.of("../shared/corpora/prometheus-operator-runbooks.bundle");
  private static final RepositoryKey KEY = RepositoryKey.of("prometheus-operator");

  static boolean bundleIsPresent() {
    return Files.isRegularFile(BUNDLE);
  }

  @Test
  void everyFileGetsATitleAndLintAndSearchRun(@TempDir Path clone) throws Exception {
    try (Git git =
        Git.cloneRepository()
            .setURI(BUNDLE.toAbsolutePath().toUri().toString())
            .setBranch("refs/heads/main")
            .setDirectory(clone.toFile())
            .call()) {
      assertThat(git.getRepository().resolve("HEAD")).isNotNull();
    }
    Map<RunbookPath, MarkdownDocument> documents = runbooks(clone, "content/runbooks");
    List<String> allFiles = allFiles(clone);

    assertThat(documents).hasSize(117);
    assertThat(documents.keySet().stream().filter(IndexPages::isIndexPage)).hasSize(9);

    List<RunbookMetadata> metadata = new ArrayList<>();
    Map<RunbookPath, String> bodies = new LinkedHashMap<>();
    documents.forEach(
        (path, document) -> {
          metadata.add(
              RunbookMetadataReader.read(
                  path,
                  document.frontMatter(),
                  document.body(),
                  Optional.empty(),
                  Optional.empty()));
          bodies.put(path, document.body());
        });
    assertThat(metadata).allSatisfy(runbook -> assertThat(runbook.title()).isNotBlank());
    assertThat(titleOf(metadata, "content/runbooks/kubernetes/KubeNodeNotReady.md"))
        .isEqualTo("Kube Node Not Ready");
    assertThat(titleOf(metadata, "content/runbooks/alertmanager/AlertmanagerFailedReload.md"))
        .isEqualTo("Alertmanager Failed Reload");
    assertThat(titleOf(metadata, "content/runbooks/etcd/etcdNoLeader.md"))
        .isEqualTo("etcdNoLeader");
    assertThat(titleOf(metadata, "content/runbooks/alertmanager/_index.md"))
        .isEqualTo("alertmanager");

    LinkTargets files = LinkTargets.ofMarkdown(bodies, allFiles);
    RunbookLint lint = new RunbookLint(LintConfig.defaults());
    List<LintFinding> findings = new ArrayList<>();
    for (RunbookMetadata runbook : metadata) {
      findings.addAll(lint.lint(runbook, bodies.get(runbook.path()), 1, files));
    }
    assertThat(findings)
        .filteredOn(finding -> finding.path().value().endsWith("KubeNodeNotReady.md"))
        .extracting(LintFinding::rule)
        .contains(LintRule.MISSING_OWNER)
        .doesNotContain(LintRule.BROKEN_LINK);
  }

  private static String titleOf(List<RunbookMetadata> metadata, String path) {
    return metadata.stream()
        .filter(runbook -> runbook.path().value().equals(path))
        .findFirst()
        .orElseThrow()
        .title();
  }

  private static Map<RunbookPath, MarkdownDocument> runbooks(Path root, String folder)
      throws IOException {
    Map<RunbookPath, MarkdownDocument> documents = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        documents.put(RunbookPath.of(relative(root, file)), parse(source));
      }
    }
    return documents;
  }

  private static MarkdownDocument parse(String source) {
    try {
      return MarkdownDocument.parse(source);
    } catch (InvalidFrontMatterException invalid) {
      return new MarkdownDocument(FrontMatter.empty(), source);
    }
  }

  private static List<String> allFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> relative(root, file))
          .filter(path -> !path.startsWith(".git/"))
          .toList();
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
