package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.RunbookFolder;
import org.junit.jupiter.api.Test;

class NewRunbookPathTest {

  private static final RunbookFolder FOLDER = RunbookFolder.of("runbooks");

  @Test
  void aMarkdownFileInsideTheRunbookFolderIsTaken() {
    assertThat(NewRunbookPath.of(" runbooks/database/restore.md ", FOLDER).value())
        .isEqualTo("runbooks/database/restore.md");
    assertThat(NewRunbookPath.of("restore.md", RunbookFolder.ROOT).value()).isEqualTo("restore.md");
  }

  @Test
  void dotDotIsRefusedEvenWhenItWouldLandInsideTheFolder() {
    assertThatThrownBy(() -> NewRunbookPath.of("runbooks/../runbooks/x.md", FOLDER))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("'..'")
        .satisfies(e -> assertThat(((FieldRefused) e).field()).isEqualTo("path"));
    assertThatThrownBy(() -> NewRunbookPath.of("..\\secrets.md", FOLDER))
        .hasMessageContaining("'..'");
  }

  @Test
  void aPathOutsideTheFolderSaysWhereToWriteIt() {
    assertThatThrownBy(() -> NewRunbookPath.of("docs/restore.md", FOLDER))
        .isInstanceOf(FieldRefused.class)
        .hasMessageContaining("outside the runbook folder runbooks/")
        .hasMessageContaining("runbooks/database/restore.md");
    assertThatThrownBy(() -> NewRunbookPath.of("runbooks-old/restore.md", FOLDER))
        .hasMessageContaining("outside the runbook folder");
  }

  @Test
  void onlyMarkdownFilesAndWellFormedPaths() {
    assertThatThrownBy(() -> NewRunbookPath.of("runbooks/restore.txt", FOLDER))
        .hasMessageContaining("ends in .md");
    assertThatThrownBy(() -> NewRunbookPath.of("", FOLDER))
        .hasMessageContaining("Give the new runbook's path");
    assertThatThrownBy(() -> NewRunbookPath.of("/runbooks/restore.md", FOLDER))
        .hasMessageContaining("relative to the repository root");
    assertThatThrownBy(() -> NewRunbookPath.of("runbooks//restore.md", FOLDER))
        .hasMessageContaining("empty segments");
    assertThatThrownBy(() -> NewRunbookPath.of("runbooks/%2e%2e/restore.md", FOLDER))
        .hasMessageContaining("'%'");
  }
}
