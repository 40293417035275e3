package io.hindsight.action.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import io.hindsight.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionItemTest {

  private static final Username ALICE = Username.of("alice");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final RunbookRef RUNBOOK =
      new RunbookRef(RepositoryKey.of("sample"), RunbookPath.of("database/failover.md"));

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T10:00:00Z"));
  private final ActionDuePolicy policy = ActionDuePolicy.standard();

  private static ActionItemDraft draft(ActionItemKind kind, LocalDate due, String link) {
    return new ActionItemDraft(
        "Add disk alert",
        kind,
        ActionPriority.HIGH,
        ALICE,
        due,
        link,
        kind == ActionItemKind.RUNBOOK_UPDATE ? RUNBOOK : null);
  }

  private ActionItem item(ActionItemKind kind) {
    return draft(kind, null, null).validate(policy, clock);
  }

  @Test
  void newItemIsOpenWithDefaultDueDateFromPriority() {
    ActionItem item = item(ActionItemKind.DETECT);

    assertThat(item.status()).isEqualTo(ActionItemStatus.OPEN);
    assertThat(item.dueDate()).isEqualTo(TODAY.plusDays(14));
    assertThat(item.title()).isEqualTo("Add disk alert");
    assertThat(item.owner()).isEqualTo(ALICE);
    assertThat(item.trackerLink()).isEmpty();
    assertThat(item.completedAt()).isEmpty();
  }

  @Test
  void defaultDueDatesPerPriorityAreConfigurable() {
    assertThat(policy.defaultDueDate(ActionPriority.HIGH, TODAY)).isEqualTo(TODAY.plusDays(14));
    assertThat(policy.defaultDueDate(ActionPriority.MEDIUM, TODAY)).isEqualTo(TODAY.plusDays(30));
    assertThat(policy.defaultDueDate(ActionPriority.LOW, TODAY)).isEqualTo(TODAY.plusDays(90));
    assertThat(policy.withDays(ActionPriority.LOW, 60).defaultDueDate(ActionPriority.LOW, TODAY))
        .isEqualTo(TODAY.plusDays(60));
    assertThatThrownBy(() -> policy.withDays(ActionPriority.LOW, -1))
        .hasMessage("Days until an action item is due cannot be negative.");
  }

  @Test
  void dueTodayIsAllowedYesterdayIsNot() {
    assertThat(draft(ActionItemKind.PREVENT, TODAY, null).validate(policy, clock).dueDate())
        .isEqualTo(TODAY);
    assertThatThrownBy(
            () -> draft(ActionItemKind.PREVENT, TODAY.minusDays(1), null).validate(policy, clock))
        .isInstanceOf(FieldRefused.class)
        .satisfies(
            e ->
                assertThat(((FieldRefused) e).messages())
                    .containsExactly(
                        Map.entry("dueDate", "The due date 2026-03-01 is in the past.")));
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    ActionItemDraft empty = new ActionItemDraft(" ", null, null, null, null, "ftp://x", RUNBOOK);

    assertThatThrownBy(() -> empty.validate(policy, clock))
        .isInstanceOfSatisfying(
            FieldRefused.class,
            e ->
                assertThat(e.messages())
                    .containsOnlyKeys("title", "kind", "priority", "owner", "trackerLink")
                    .containsEntry("owner", "Choose an owner.")
                    .containsEntry(
                        "trackerLink", "A tracker link must start with http:// or https://."));
  }

  @Test
  void acceptsAnyHttpOrHttpsTrackerLink() {
    for (String link :
        List.of(
            "https://tracker.example.com/browse/OPS-12",
            "http://jira.internal:8080/issues?id=12#c3",
            " HTTPS://GitHub.com/acme/ops/issues/7 ")) {
      assertThat(draft(ActionItemKind.PREVENT, null, link).validate(policy, clock).trackerLink())
          .isPresent();
    }
    assertThat(draft(ActionItemKind.PREVENT, null, "  ").validate(policy, clock).trackerLink())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://files.example.com/x",
        "tracker.example.com/OPS-1",
        "https://",
        "https://exa mple.com",
        "mailto:ops@example.com"
      })
  void refusesOtherTrackerLinks(String link) {
    assertThatThrownBy(() -> draft(ActionItemKind.PREVENT, null, link).validate(policy, clock))
        .isInstanceOfSatisfying(
            FieldRefused.class, e -> assertThat(e.messages()).containsOnlyKeys("trackerLink"));
  }

  @Test
  void runbookUpdatesNameTheirRunbookAndOnlyThey() {
    ActionItemDraft missing =
        new ActionItemDraft(
            "Fix", ActionItemKind.RUNBOOK_UPDATE, ActionPriority.LOW, ALICE, null, null, null);
    ActionItemDraft extra =
        new ActionItemDraft(
            "Fix", ActionItemKind.TRAINING, ActionPriority.LOW, ALICE, null, null, RUNBOOK);

    assertThatThrownBy(() -> missing.validate(policy, clock))
        .hasMessageContaining("A runbook update names its runbook.");
    assertThatThrownBy(() -> extra.validate(policy, clock))
        .hasMessageContaining("Only a runbook update names a runbook.");
    assertThat(item(ActionItemKind.RUNBOOK_UPDATE).runbook()).contains(RUNBOOK);
  }

  @Test
  void doneSetsCompletedAtFromTheClock() {
    ActionItem started = item(ActionItemKind.PREVENT).start();
    clock.advance(Duration.ofHours(3));

    ActionItem done = started.complete(clock);

    assertThat(started.status()).isEqualTo(ActionItemStatus.IN_PROGRESS);
    assertThat(done.status()).isEqualTo(ActionItemStatus.DONE);
    assertThat(done.completedAt()).contains(Instant.parse("2026-03-02T13:00:00Z"));
  }

  @Test
  void runbookUpdateIsDoneOnlyByAMergedChange() {
    ActionItem item = item(ActionItemKind.RUNBOOK_UPDATE);

    assertThatThrownBy(() -> item.complete(clock))
        .isInstanceOf(StateConflict.class)
        .hasMessage("A runbook update is done when its runbook change is merged, not by hand.");
    assertThat(item.completeByMergedChange(clock).status()).isEqualTo(ActionItemStatus.DONE);
    assertThatThrownBy(() -> item(ActionItemKind.PROCESS).completeByMergedChange(clock))
        .hasMessage("Only a runbook update is completed by a merged change.");
  }

  @Test
  void wontDoNeedsAReason() {
    ActionItem item = item(ActionItemKind.PROCESS);

    assertThatThrownBy(() -> item.wontDo("  "))
        .isInstanceOf(StateConflict.class)
        .hasMessage("Say why this action item won't be done.");
    ActionItem declined = item.wontDo(" Covered by OPS-9 ");
    assertThat(declined.status()).isEqualTo(ActionItemStatus.WONT_DO);
    assertThat(declined.wontDoReason()).contains("Covered by OPS-9");
    assertThat(declined.completedAt()).isEmpty();
  }

  @Test
  void closedItemsMustBeReopenedBeforeChanging() {
    ActionItem done = item(ActionItemKind.PREVENT).complete(clock);

    assertThatThrownBy(() -> done.complete(clock))
        .hasMessage("This action item is done and cannot be marked done; reopen it first.");
    assertThatThrownBy(() -> done.wontDo("late"))
        .hasMessage("This action item is done and cannot be marked won't do; reopen it first.");
    assertThatThrownBy(() -> done.start())
        .hasMessage("This action item is done and cannot be started.");
    ActionItem reopened = done.reopen();
    assertThat(reopened.status()).isEqualTo(ActionItemStatus.OPEN);
    assertThat(reopened.completedAt()).isEmpty();
    assertThatThrownBy(reopened::reopen)
        .hasMessage("Only a done or won't-do action item can be reopened.");
    assertThatThrownBy(() -> reopened.start().start())
        .hasMessage("This action item is in progress and cannot be started.");
  }

  @Test
  void overdueAfterTheDueDateWhileNotClosed() {
    ActionItem item = draft(ActionItemKind.DETECT, TODAY.plusDays(1), null).validate(policy, clock);

    assertThat(item.isOverdue(clock)).isFalse();
    clock.advance(Duration.ofDays(1));
    assertThat(item.isOverdue(clock)).isFalse();
    clock.advance(Duration.ofDays(1));
    assertThat(item.isOverdue(clock)).isTrue();
    assertThat(item.start().isOverdue(clock)).isTrue();
    assertThat(item.complete(clock).isOverdue(clock)).isFalse();
    assertThat(item.wontDo("No longer needed").isOverdue(clock)).isFalse();
  }

  @Test
  void completionRateCountsDoneOutOfItemsNotDeclined() {
    ActionItem open = item(ActionItemKind.PREVENT);
    List<ActionItem> items =
        List.of(
            open,
            open.start(),
            open.complete(clock),
            open.complete(clock),
            open.wontDo("Duplicate"));

    CompletionRate rate = CompletionRate.of(items);

    assertThat(rate).isEqualTo(new CompletionRate(2, 1, 5));
    assertThat(rate.remaining()).isEqualTo(2);
    assertThat(rate.percent()).hasValue(50);
    assertThat(CompletionRate.of(List.of()).percent()).isEmpty();
    assertThat(CompletionRate.of(List.of(open.wontDo("No"))).percent()).isEmpty();
    assertThat(CompletionRate.of(List.of(open, open, open.complete(clock))).percent()).hasValue(33);
    assertThat(
            CompletionRate.ofCounts(
                Map.of(
                    ActionItemStatus.OPEN, 1L,
                    ActionItemStatus.IN_PROGRESS, 1L,
                    ActionItemStatus.DONE, 2L,
                    ActionItemStatus.WONT_DO, 1L)))
        .as("counted by status, as a list page reads them, the same rate")
        .isEqualTo(rate);
    assertThat(CompletionRate.ofCounts(Map.of()).percent()).isEmpty();
  }

  @Test
  void replanningChangesPlanningFieldsButNeverMovesTheDueDateIntoThePast() {
    LocalDate today = LocalDate.of(2026, 11, 28);
    ActionItem item =
        ActionItem.restore(
            "Alert on expiry",
            ActionItemKind.DETECT,
            ActionPriority.HIGH,
            Username.of("ana"),
            today.minusDays(2),
            Optional.empty(),
            Optional.empty(),
            ActionItemStatus.OPEN,
            Optional.empty(),
            Optional.empty());

    ActionItem kept =
        item.replan(
            " Alert 14 days before expiry ",
            ActionPriority.LOW,
            Username.of("bo"),
            today.minusDays(2),
            Optional.empty(),
            today);
    assertThat(kept.title()).isEqualTo("Alert 14 days before expiry");
    assertThat(kept.owner().value()).isEqualTo("bo");
    assertThat(kept.isOverdue(today)).isTrue();

    assertThatThrownBy(
            () -> item.replan("", null, null, today.minusDays(1), Optional.empty(), today))
        .isInstanceOf(FieldRefused.class)
        .satisfies(
            e ->
                assertThat(((FieldRefused) e).messages())
                    .containsOnlyKeys("title", "priority", "owner", "dueDate"));
  }
}
