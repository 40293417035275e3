package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.ReviewInterval;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReviewItemTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final Predicate<Username> USERS =
      Set.of(Username.of("ana"), Username.of("reviewer"))::contains;

  private static RunbookFacts facts(Optional<String> owner, Optional<String> head) {
    return new RunbookFacts(
        "Database restore",
        owner,
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(LocalDate.of(2026, 10, 20)),
        Optional.of(LocalDate.of(2026, 11, 30)),
        head);
  }

  private static ReviewItem item() {
    return new ReviewItem(
        new RunbookRef(RepositoryKey.of("ops"), RunbookPath.of("db/restore.md")), TODAY);
  }

  private static ReviewReason reason(ReasonKind kind, String source, Instant raised) {
    return new ReviewReason(1L, kind, source, kind.words(), Optional.empty(), raised);
  }

  @Test
  void theIndexTableDateMakesItDueAtTheEndOfTheNextQuarter() {
    ReviewItem item = item();
    RunbookFacts facts = facts(Optional.empty(), Optional.of("a1"));

    item.schedule(facts, List.of(), TODAY);

    assertThat(item.lastReview())
        .contains(new LastReview(LocalDate.of(2026, 10, 20), LastReviewSource.INDEX));
    assertThat(item.dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(item.state(TODAY)).isEqualTo(DueState.LATER);
  }

  @Test
  void reasonsStackAndTheEarliestMakesItDue() {
    ReviewItem item = item();
    List<ReviewReason> reasons =
        List.of(
            reason(ReasonKind.LINT, "lint-1", NOW),
            reason(ReasonKind.FEEDBACK, "feedback-3", NOW),
            reason(ReasonKind.INCIDENT, "INC-2026-0001", NOW));

    item.schedule(facts(Optional.empty(), Optional.empty()), reasons, TODAY);

    assertThat(item.openReasons()).isEqualTo(3);
    assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(item.state(TODAY)).isEqualTo(DueState.DUE_SOON);
  }

  @Test
  void aReviewClearsTheReasonsRaisedBeforeItStartedAndNoOthers() {
    Instant started = NOW.plusSeconds(60);
    ReviewReason before = reason(ReasonKind.FEEDBACK, "feedback-3", NOW);
    ReviewReason during = reason(ReasonKind.CHANGE, "change-9", started.plusSeconds(5));

    assertThat(before.clearBy(7L, started, started.plusSeconds(30))).isTrue();
    assertThat(during.clearBy(7L, started, started.plusSeconds(30))).isFalse();
    assertThat(before.clearBy(8L, started, started.plusSeconds(40))).isFalse();

    assertThat(before.isOpen()).isFalse();
    assertThat(before.clearedBy()).contains(7L);
    assertThat(during.isOpen()).isTrue();
    ReviewItem item = item();
    item.schedule(facts(Optional.empty(), Optional.empty()), List.of(before, during), TODAY);
    assertThat(item.openReasons()).isEqualTo(1);
    assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
  }

  @Test
  void aRecordedReviewIsTheLastReviewAndAChangeAfterItShows() {
    ReviewItem item = item();
    item.describe(facts(Optional.empty(), Optional.of("a1")), USERS);
    item.reviewed(
        new RunbookReview(
            item,
            Username.of("reviewer"),
            NOW,
            NOW,
            ReviewOutcome.STILL_ACCURATE,
            Optional.of("a1"),
            Optional.of("Checked against the new cluster.")));
    item.schedule(facts(Optional.empty(), Optional.of("a1")), List.of(), TODAY);

    assertThat(item.lastReview()).contains(new LastReview(TODAY, LastReviewSource.RECORD));
    assertThat(item.dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(item.changedSinceReview()).isFalse();

    item.describe(facts(Optional.empty(), Optional.of("b2")), USERS);
    assertThat(item.changedSinceReview()).isTrue();
  }

  @Test
  void theOwnerIsTheDefaultAssigneeWhenTheOwnerIsAUserUntilSomeoneAssignsByHand() {
    ReviewItem item = item();
    item.describe(facts(Optional.of("@Ana"), Optional.empty()), USERS);
    assertThat(item.assignee()).contains(Username.of("ana"));

    item.describe(facts(Optional.of("Platform Team"), Optional.empty()), USERS);
    assertThat(item.assignee()).isEmpty();

    item.assign(Optional.of(Username.of("reviewer")));
    item.describe(facts(Optional.of("ana"), Optional.empty()), USERS);
    assertThat(item.assignee()).contains(Username.of("reviewer"));
  }

  @Test
  void anIntervalFromFrontMatterIsRolling() {
    ReviewItem item = item();
    RunbookFacts monthly =
        new RunbookFacts(
            "Rollback",
            Optional.empty(),
            0,
            ReviewInterval.parse("30d"),
            Optional.empty(),
            Optional.of(LocalDate.of(2026, 10, 1)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    item.schedule(monthly, List.of(), TODAY);

    assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(item.state(TODAY)).isEqualTo(DueState.ESCALATED);
  }
}
