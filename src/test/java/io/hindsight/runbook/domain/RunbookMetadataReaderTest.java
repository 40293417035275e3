package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.runbook.domain.RunbookSeverity.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunbookMetadataReaderTest {

  private static final RunbookPath PATH = RunbookPath.of("ops/node-recovery.md");

  @Test
  void readsEverythingFromFrontMatter() {
    MarkdownDocument document =
        MarkdownDocument.parse(
            """
            ---
            title: Node recovery
            owner: platform-team
            severity: p1
            services: [kubernetes, eks]
            triggers:
              - alert: KubeNodeNotReady
              - symptoms: [pods evicted, node drain failure]
            review_interval: quarterly
            last-reviewed: 2025-10-01
            ---
            # Ignored heading
            """);
    LastGitChange change = new LastGitChange(Instant.parse("2025-11-16T09:00:00Z"), "Ada");

    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            PATH, document.frontMatter(), document.body(), Optional.empty(), Optional.of(change));

    assertThat(metadata.title()).isEqualTo("Node recovery");
    assertThat(metadata.owner()).contains("platform-team");
    assertThat(metadata.severity().flatMap(RunbookSeverity::level)).contains(Level.HIGH);
    assertThat(metadata.services()).containsExactly("kubernetes", "eks");
    assertThat(metadata.triggers())
        .containsExactly("KubeNodeNotReady", "pods evicted", "node drain failure");
    assertThat(metadata.reviewInterval().map(ReviewInterval::period)).contains(Period.ofMonths(3));
    assertThat(metadata.lastReviewed()).contains(LocalDate.of(2025, 10, 1));
    assertThat(metadata.lastChange()).contains(change);
    assertThat(metadata.problems()).isEmpty();
    assertThat(metadata.isIndexPage()).isFalse();
  }

  @Test
  void fallsBackToHeadingAndIndexRow() {
    IndexTable table =
        IndexTable.parse(
                RunbookPath.of("ops/README.md"),
                """
                | Runbook | Purpose | Severity | Last Updated |
                |---|---|---|---|
                | [Node](./node-recovery.md) | Recover failed nodes | Critical | 2025-11-16 |
                """)
            .orElseThrow();

    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            PATH,
            FrontMatter.empty(),
            "Intro\n\n## Recover a node\n",
            table.rowFor(PATH),
            Optional.empty());

    assertThat(metadata.title()).isEqualTo("Recover a node");
    assertThat(metadata.purpose()).contains("Recover failed nodes");
    assertThat(metadata.severity().flatMap(RunbookSeverity::level)).contains(Level.CRITICAL);
    assertThat(metadata.owner()).isEmpty();
    assertThat(metadata.triggers()).isEmpty();
    assertThat(metadata.lastChange()).isEmpty();
  }

  @Test
  void frontMatterSeverityWinsOverTheIndexRow() {
    IndexRow row =
        new IndexRow(
            "Node",
            Optional.empty(),
            Optional.of(PATH),
            Optional.empty(),
            RunbookSeverity.parse("Low"),
            Optional.empty(),
            Optional.empty(),
            3);

    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            PATH,
            MarkdownDocument.parse("---\nseverity: P0\n---\n").frontMatter(),
            "",
            Optional.of(row),
            Optional.empty());

    assertThat(metadata.severity().flatMap(RunbookSeverity::level)).contains(Level.CRITICAL);
    assertThat(metadata.sources().of("severity")).contains(MetadataSource.FRONT_MATTER);
    assertThat(metadata.title()).as("no heading: the link text").isEqualTo("Node");
    assertThat(metadata.sources().of("title")).contains(MetadataSource.INDEX);
  }

  @Test
  void unreadableValuesAreKeptOutAndReported() {
    MarkdownDocument document =
        MarkdownDocument.parse(
            """
            ---
            severity: SEV9
            review interval: whenever
            last_reviewed: a while ago
            ---
            """);

    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            PATH, document.frontMatter(), document.body(), Optional.empty(), Optional.empty());

    assertThat(metadata.severity()).map(RunbookSeverity::text).contains("SEV9");
    assertThat(metadata.reviewInterval()).isEmpty();
    assertThat(metadata.lastReviewed()).isEmpty();
    assertThat(metadata.problems())
        .hasSize(3)
        .anySatisfy(problem -> assertThat(problem).contains("SEV9"))
        .anySatisfy(problem -> assertThat(problem).contains("whenever"))
        .anySatisfy(problem -> assertThat(problem).contains("a while ago"));
  }

  @Test
  void indexPagesAreKnownByName() {
    RunbookMetadata metadata =
        RunbookMetadataReader.read(
            RunbookPath.of("content/_index.md"),
            FrontMatter.empty(),
            "",
            Optional.empty(),
            Optional.empty());

    assertThat(metadata.isIndexPage()).isTrue();
    assertThat(metadata.title()).isEqualTo("Content");
  }
}
