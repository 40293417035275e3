package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RunbookPath;
import org.junit.jupiter.api.Test;

class ChangeBranchTest {

  private static final RunbookPath RESTORE = RunbookPath.of("runbooks/Database Restore.md");

  @Test
  void namesTheRunbookAndTheSource() {
    assertThat(ChangeBranch.of(RESTORE, new ChangeSource(SourceKind.ACTION_ITEM, "42")).value())
        .isEqualTo("runbook-improvement/database-restore-action-42");
    assertThat(ChangeBranch.of(RESTORE, new ChangeSource(SourceKind.FEEDBACK, "7")).value())
        .isEqualTo("runbook-improvement/database-restore-feedback-7");
    assertThat(
            ChangeBranch.of(RESTORE, new ChangeSource(SourceKind.INCIDENT, "INC-2026-0042"))
                .value())
        .isEqualTo("runbook-improvement/database-restore-incident-inc-2026-0042");
    assertThat(ChangeBranch.of(RESTORE, new ChangeSource(SourceKind.REVIEW, "3")).value())
        .isEqualTo("runbook-improvement/database-restore-review-3");
    assertThat(
            ChangeBranch.of(RESTORE, new ChangeSource(SourceKind.RUNBOOK, "alice.20261201T2240"))
                .value())
        .isEqualTo("runbook-improvement/database-restore-edit-alice-20261201t2240");
  }

  @Test
  void theSameRunbookAndSourceGiveTheSameBranch() {
    ChangeSource source = new ChangeSource(SourceKind.ACTION_ITEM, "42");
    assertThat(ChangeBranch.of(RESTORE, source)).isEqualTo(ChangeBranch.of(RESTORE, source));
    assertThat(ChangeBranch.of(RunbookPath.of("other/database-restore.md"), source))
        .isEqualTo(ChangeBranch.of(RESTORE, source));
  }

  @Test
  void fileNamesWithoutLettersAndLongNamesStillGiveValidBranches() {
    ChangeSource source = new ChangeSource(SourceKind.FEEDBACK, "1");
    assertThat(ChangeBranch.of(RunbookPath.of("ops/ÄÖ.md"), source).value())
        .isEqualTo("runbook-improvement/runbook-feedback-1");
    String longName = "a-".repeat(80) + "b.md";
    assertThat(ChangeBranch.of(RunbookPath.of(longName), source).value())
        .hasSizeLessThan(100)
        .doesNotContain("--");
  }

  @Test
  void refusesSourceKeysThatCouldBreakARef() {
    assertThatThrownBy(() -> new ChangeSource(SourceKind.FEEDBACK, "../main"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChangeSource(SourceKind.FEEDBACK, "a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ChangeSource.parse(SourceKind.FEEDBACK, "x~1")).isEmpty();
    assertThatThrownBy(() -> new ChangeBranch("main")).isInstanceOf(IllegalArgumentException.class);
  }
}
