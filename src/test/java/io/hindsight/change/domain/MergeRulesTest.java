package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.runbook.domain.RunbookSeverity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergeRulesTest {

  private static final String A = "a".repeat(40);
  private static final String B = "b".repeat(40);

  @Test
  void anUnmovedBaseFastForwardsOrGetsAMergeCommitAsConfigured() {
    assertThat(MergePlan.decide(A, A, MergeMode.FAST_FORWARD, true, true))
        .isEqualTo(MergePlan.FAST_FORWARD);
    assertThat(MergePlan.decide(A, A, MergeMode.MERGE_COMMIT, true, true))
        .isEqualTo(MergePlan.MERGE_COMMIT);
  }

  @Test
  void aMovedBaseRebasesHindsightsOwnCommitsMergesOthersAndStopsAtAConflict() {
    assertThat(MergePlan.decide(A, B, MergeMode.FAST_FORWARD, true, true))
        .isEqualTo(MergePlan.REBASE);
    assertThat(MergePlan.decide(A, B, MergeMode.FAST_FORWARD, false, true))
        .isEqualTo(MergePlan.MERGE_COMMIT);
    assertThat(MergePlan.decide(A, B, MergeMode.MERGE_COMMIT, true, true))
        .isEqualTo(MergePlan.MERGE_COMMIT);
    assertThat(MergePlan.decide(A, B, MergeMode.FAST_FORWARD, true, false))
        .isEqualTo(MergePlan.CONFLICT);
  }

  @Test
  void tagsAreNamedByDayAndCountedWithinIt() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    assertThat(ReleaseTag.next(day, List.of()).name()).isEqualTo("runbooks-2026.12.01");
    assertThat(ReleaseTag.next(day, List.of("runbooks-2026.12.01")).name())
        .isEqualTo("runbooks-2026.12.01.2");
    assertThat(ReleaseTag.next(day, List.of("runbooks-2026.12.01", "runbooks-2026.12.01.2")).name())
        .isEqualTo("runbooks-2026.12.01.3");
    assertThatThrownBy(() -> new ReleaseTag("v1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void significantWhenTickedCriticalOrASectionComesOrGoes() {
    SignificantChange rule = SignificantChange.defaults();
    String before = "# Restore\n\n## Steps\n\n1. Stop writes\n";
    String reworded = "# Restore\n\n## Steps\n\n1. Stop all writes\n";
    String added = before + "\n## Rollback\n\nUndo it.\n";
    assertThat(rule.reasons(false, Optional.empty(), before, reworded)).isEmpty();
    assertThat(rule.reasons(true, Optional.empty(), before, reworded))
        .containsExactly("marked significant by its author");
    assertThat(rule.reasons(false, RunbookSeverity.parse("P0"), before, reworded))
        .containsExactly("a runbook of the highest severity changed");
    assertThat(rule.reasons(false, RunbookSeverity.parse("P1"), before, reworded)).isEmpty();
    assertThat(rule.reasons(false, Optional.empty(), before, added))
        .containsExactly("section added: rollback");
    assertThat(rule.reasons(false, Optional.empty(), added, before))
        .containsExactly("section removed: rollback");
    assertThat(
            new SignificantChange(false, false)
                .reasons(false, RunbookSeverity.parse("P0"), before, added))
        .isEmpty();
  }
}
