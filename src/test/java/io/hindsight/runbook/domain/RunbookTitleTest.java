package io.hindsight.runbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunbookTitleTest {

  private static final RunbookPath PATH = RunbookPath.of("ops/node-recovery.md");

  @Test
  void frontMatterTitleWins() {
    assertThat(RunbookTitle.of(Optional.of(" Node Recovery "), "# Other", PATH))
        .isEqualTo("Node Recovery");
  }

  @Test
  void firstHeadingWhenNoFrontMatterTitle() {
    assertThat(RunbookTitle.of(Optional.empty(), "intro\n\n## Recover a node ##\n# Later", PATH))
        .isEqualTo("Recover a node");
    assertThat(RunbookTitle.of(Optional.of("  "), "# From heading", PATH))
        .isEqualTo("From heading");
  }

  @Test
  void aHeadingsMarkdownIsLeftOut() {
    RunbookPath path = RunbookPath.of("runbooks/snowplow.md");

    assertThat(
            RunbookTitle.of(
                Optional.empty(), "# [SnowPlow](https://snowplow.io) *collector* `down`\n", path))
        .isEqualTo("SnowPlow collector down");
    assertThat(RunbookTitle.of(Optional.empty(), "## 1. Overview\n", path))
        .isEqualTo("1. Overview");
  }

  @Test
  void fileNameWhenNothingElse() {
    assertThat(RunbookTitle.of(Optional.empty(), "no heading here\n#hashtag", PATH))
        .isEqualTo("Node recovery");
    assertThat(RunbookTitle.of(Optional.empty(), "", RunbookPath.of("_index.md")))
        .isEqualTo("Index");
  }

  @Test
  void anIndexPageInAFolderIsNamedAfterTheFolder() {
    assertThat(RunbookTitle.of(Optional.empty(), "", RunbookPath.of("content/runbooks/_index.md")))
        .isEqualTo("Runbooks");
    assertThat(
            RunbookTitle.of(Optional.empty(), "text", RunbookPath.of("ops/kube-state/README.md")))
        .isEqualTo("Kube state");
    assertThat(RunbookTitle.of(Optional.of("etcd"), "", RunbookPath.of("etcd/_index.md")))
        .isEqualTo("etcd");
  }

  @Test
  void headingsInsideIndentedCodeAreNotTitles() {
    assertThat(RunbookTitle.of(Optional.empty(), "    # comment in code\n# Real", PATH))
        .isEqualTo("Real");
  }
}
