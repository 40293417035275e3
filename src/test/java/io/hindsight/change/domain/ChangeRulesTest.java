package io.hindsight.change.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T22:40:00Z");
  private static final Actor ALICE = Actor.of(Username.of("alice"), Role.REVIEWER);
  private static final Actor BOB = Actor.of(Username.of("bob"), Role.REVIEWER);
  private static final Actor RITA = Actor.of(Username.of("rita"), Role.RESPONDER);
  private static final Actor VERA = Actor.of(Username.of("vera"), Role.VIEWER);
  private static final Actor ADA = Actor.of(Username.of("ada"), Role.ADMIN);

  static ChangeRequest draftBy(Actor author) {
    return new ChangeRequest(
        new RunbookRef(RepositoryKey.of("sample"), RunbookPath.of("runbooks/database-restore.md")),
        new ChangeSource(SourceKind.ACTION_ITEM, "42"),
        "main",
        "a".repeat(40),
        "Restore from the newest snapshot",
        author.username(),
        false,
        NOW);
  }

  @Test
  void aDraftMovesThroughReviewToMerged() {
    ChangeRequest change = draftBy(ALICE);
    assertThat(change.state()).isEqualTo(ChangeState.DRAFT);
    assertThatThrownBy(() -> ChangeRules.requireSubmit(ALICE, change))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("no commit");
    change.saved("b".repeat(40), "a".repeat(40), null, false, NOW);
    ChangeRules.requireSubmit(ALICE, change);
    change.submit(NOW);
    assertThat(change.state()).isEqualTo(ChangeState.IN_REVIEW);
    ChangeRules.requireReview(BOB, change);
    assertThat(change.approve(1, NOW)).isTrue();
    assertThat(change.state()).isEqualTo(ChangeState.APPROVED);
    ChangeRules.requireMerge(BOB, change);
    ChangeRules.requireMerge(ALICE, change);
    change.merged("c".repeat(40), Optional.empty(), BOB.username(), NOW);
    assertThat(change.state()).isEqualTo(ChangeState.MERGED);
    assertThatThrownBy(() -> ChangeRules.requireEdit(ALICE, change))
        .isInstanceOf(StateConflict.class);
    assertThatThrownBy(() -> ChangeRules.requireClose(ALICE, change))
        .isInstanceOf(StateConflict.class);
  }

  @Test
  void anAuthorNeverApprovesTheirOwnChange() {
    ChangeRequest change = inReview(ALICE);
    assertThatThrownBy(() -> ChangeRules.requireReview(ALICE, change))
        .isInstanceOf(Forbidden.class)
        .hasMessageContaining("own");
    assertThat(ChangeRules.mayReview(ALICE, change)).isFalse();
    assertThat(ChangeRules.mayReview(BOB, change)).isTrue();
    assertThat(ChangeRules.mayReview(ADA, change)).isTrue();
  }

  @Test
  void onlyReviewersReviewAndMerge() {
    ChangeRequest change = inReview(RITA);
    assertThatThrownBy(() -> ChangeRules.requireReview(VERA, change)).isInstanceOf(Forbidden.class);
    change.approve(1, NOW);
    assertThatThrownBy(() -> ChangeRules.requireMerge(RITA, change)).isInstanceOf(Forbidden.class);
    assertThat(ChangeRules.mayMerge(BOB, change)).isTrue();
  }

  @Test
  void moreApprovalsCanBeRequired() {
    ChangeRequest change = inReview(RITA);
    assertThat(change.approve(2, NOW)).isFalse();
    assertThat(change.state()).isEqualTo(ChangeState.IN_REVIEW);
    assertThatThrownBy(() -> ChangeRules.requireMerge(BOB, change))
        .isInstanceOf(StateConflict.class)
        .hasMessageContaining("only an approved change merges");
    assertThat(change.approve(2, NOW)).isTrue();
  }

  @Test
  void changesRequestedGoBackToTheAuthorAndASaveAfterApprovalNeedsANewOne() {
    ChangeRequest change = inReview(RITA);
    change.requestChanges(NOW);
    assertThat(change.state()).isEqualTo(ChangeState.CHANGES_REQUESTED);
    assertThatThrownBy(() -> ChangeRules.requireReview(BOB, change))
        .isInstanceOf(StateConflict.class);
    change.saved("d".repeat(40), "a".repeat(40), "Better title", false, NOW);
    change.submit(NOW);
    change.approve(1, NOW);
    change.saved("e".repeat(40), "a".repeat(40), null, true, NOW);
    assertThat(change.state()).isEqualTo(ChangeState.IN_REVIEW);
    assertThat(change.approvals()).isZero();
    assertThat(change.title()).isEqualTo("Better title");
    assertThat(change.significant()).isTrue();
  }

  @Test
  void onlyTheAuthorEditsAndOnlyTheAuthorOrAnAdminCloses() {
    ChangeRequest change = draftBy(RITA);
    assertThatThrownBy(() -> ChangeRules.requireEdit(BOB, change)).isInstanceOf(Forbidden.class);
    ChangeRules.requireEdit(RITA, change);
    assertThatThrownBy(() -> ChangeRules.requireClose(BOB, change)).isInstanceOf(Forbidden.class);
    ChangeRules.requireClose(ADA, change);
    assertThat(ChangeRules.mayOpen(VERA)).isFalse();
    assertThatThrownBy(() -> ChangeRules.requireOpen(VERA)).isInstanceOf(Forbidden.class);
    change.close(NOW);
    assertThat(change.state()).isEqualTo(ChangeState.CLOSED);
    assertThat(ChangeRules.mayEdit(RITA, change)).isFalse();
  }

  private static ChangeRequest inReview(Actor author) {
    ChangeRequest change = draftBy(author);
    change.saved("b".repeat(40), "a".repeat(40), null, false, NOW);
    change.submit(NOW);
    return change;
  }
}
