package io.hindsight.action.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action item and its lifecycle: open, in progress, done (with its completion time) or won't do
 * (with a reason); closed items can be reopened. Immutable: each change returns a new item. Create
 * one with {@link ActionItemDraft#validate}.
 */
public final class ActionItem {

  public static final int MAX_REASON_LENGTH = 2000;

  private final String title;
  private final ActionItemKind kind;
  private final ActionPriority priority;
  private final Username owner;
  private final LocalDate dueDate;
  private final Optional<TrackerLink> trackerLink;
  private final Optional<RunbookRef> runbook;
  private final ActionItemStatus status;
  private final Optional<Instant> completedAt;
  private final Optional<String> wontDoReason;

  private ActionItem(
      ActionItem base,
      ActionItemStatus status,
      Optional<Instant> completedAt,
      Optional<String> wontDoReason) {
    this(
        base.title,
        base.kind,
        base.priority,
        base.owner,
        base.dueDate,
        base.trackerLink,
        base.runbook,
        status,
        completedAt,
        wontDoReason);
  }

  private ActionItem(
      String title,
      ActionItemKind kind,
      ActionPriority priority,
      Username owner,
      LocalDate dueDate,
      Optional<TrackerLink> trackerLink,
      Optional<RunbookRef> runbook,
      ActionItemStatus status,
      Optional<Instant> completedAt,
      Optional<String> wontDoReason) {
    this.title = Objects.requireNonNull(title);
    this.kind = Objects.requireNonNull(kind);
    this.priority = Objects.requireNonNull(priority);
    this.owner = Objects.requireNonNull(owner);
    this.dueDate = Objects.requireNonNull(dueDate);
    this.trackerLink = trackerLink;
    this.runbook = runbook;
    this.status = status;
    this.completedAt = completedAt;
    this.wontDoReason = wontDoReason;
  }

  static ActionItem open(
      String title,
      ActionItemKind kind,
      ActionPriority priority,
      Username owner,
      LocalDate dueDate,
      Optional<TrackerLink> trackerLink,
      Optional<RunbookRef> runbook) {
    return new ActionItem(
        title,
        kind,
        priority,
        owner,
        dueDate,
        trackerLink,
        runbook,
        ActionItemStatus.OPEN,
        Optional.empty(),
        Optional.empty());
  }

  /** An item as it was stored; its fields were checked when it was created. */
  public static ActionItem restore(
      String title,
      ActionItemKind kind,
      ActionPriority priority,
      Username owner,
      LocalDate dueDate,
      Optional<TrackerLink> trackerLink,
      Optional<RunbookRef> runbook,
      ActionItemStatus status,
      Optional<Instant> completedAt,
      Optional<String> wontDoReason) {
    return new ActionItem(
        title,
        kind,
        priority,
        owner,
        dueDate,
        trackerLink,
        runbook,
        status,
        completedAt,
        wontDoReason);
  }

  /**
   * The same item with new planning fields; a closed item keeps them. The due date may not move
   * into the past.
   */
  public ActionItem replan(
      String newTitle,
      ActionPriority newPriority,
      Username newOwner,
      LocalDate newDueDate,
      Optional<TrackerLink> newTrackerLink,
      LocalDate today) {
    java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
    String clean = newTitle == null ? "" : newTitle.strip();
    if (clean.isEmpty() || clean.length() > ActionItemDraft.MAX_TITLE_LENGTH) {
      errors.put(
          "title",
          "Give the action item a title of 1 to "
              + ActionItemDraft.MAX_TITLE_LENGTH
              + " characters.");
    }
    if (newPriority == null) {
      errors.put("priority", "Choose a priority.");
    }
    if (newOwner == null) {
      errors.put("owner", "Choose an owner.");
    }
    if (newDueDate == null) {
      errors.put("dueDate", "Give a due date.");
    } else if (!newDueDate.equals(dueDate) && newDueDate.isBefore(today)) {
      errors.put("dueDate", "The due date " + newDueDate + " is in the past.");
    } else if (newDueDate.isAfter(today.plus(ActionItemDraft.MAX_AHEAD))) {
      errors.put(
          "dueDate",
          "The due date is at most " + ActionItemDraft.MAX_AHEAD.getYears() + " years ahead.");
    }
    if (!errors.isEmpty()) {
      throw FieldRefused.fields(errors);
    }
    return new ActionItem(
        clean,
        kind,
        newPriority,
        newOwner,
        newDueDate,
        newTrackerLink,
        runbook,
        status,
        completedAt,
        wontDoReason);
  }

  public ActionItem start() {
    requireStatus(ActionItemStatus.OPEN, "started");
    return new ActionItem(this, ActionItemStatus.IN_PROGRESS, Optional.empty(), Optional.empty());
  }

  /** Marks the item done by hand; a runbook update is done only when its change is merged. */
  public ActionItem complete(Clock clock) {
    if (kind == ActionItemKind.RUNBOOK_UPDATE) {
      throw new StateConflict(
          "A runbook update is done when its runbook change is merged, not by hand.");
    }
    return done(clock);
  }

  /** Marks a runbook update done because its runbook change was merged. */
  public ActionItem completeByMergedChange(Clock clock) {
    if (kind != ActionItemKind.RUNBOOK_UPDATE) {
      throw new StateConflict("Only a runbook update is completed by a merged change.");
    }
    return done(clock);
  }

  public ActionItem wontDo(String reason) {
    requireNotClosed("marked won't do");
    String clean = reason == null ? "" : reason.strip();
    if (clean.isEmpty()) {
      throw new StateConflict("Say why this action item won't be done.");
    }
    if (clean.length() > MAX_REASON_LENGTH) {
      throw new StateConflict("Keep the reason to at most " + MAX_REASON_LENGTH + " characters.");
    }
    return new ActionItem(this, ActionItemStatus.WONT_DO, Optional.empty(), Optional.of(clean));
  }

  public ActionItem reopen() {
    if (!status.isClosed()) {
      throw new StateConflict("Only a done or won't-do action item can be reopened.");
    }
    return new ActionItem(this, ActionItemStatus.OPEN, Optional.empty(), Optional.empty());
  }

  /** Open or in progress after its due date. */
  public boolean isOverdue(LocalDate today) {
    return !status.isClosed() && dueDate.isBefore(today);
  }

  public boolean isOverdue(Clock clock) {
    return isOverdue(LocalDate.now(clock));
  }

  private ActionItem done(Clock clock) {
    requireNotClosed("marked done");
    return new ActionItem(
        this, ActionItemStatus.DONE, Optional.of(clock.instant()), Optional.empty());
  }

  private void requireStatus(ActionItemStatus required, String step) {
    if (status != required) {
      throw new StateConflict("This action item is " + describe() + " and cannot be " + step + ".");
    }
  }

  private void requireNotClosed(String step) {
    if (status.isClosed()) {
      throw new StateConflict(
          "This action item is " + describe() + " and cannot be " + step + "; reopen it first.");
    }
  }

  private String describe() {
    return switch (status) {
      case OPEN -> "open";
      case IN_PROGRESS -> "in progress";
      case DONE -> "done";
      case WONT_DO -> "won't do";
    };
  }

  public String title() {
    return title;
  }

  public ActionItemKind kind() {
    return kind;
  }

  public ActionPriority priority() {
    return priority;
  }

  public Username owner() {
    return owner;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Optional<TrackerLink> trackerLink() {
    return trackerLink;
  }

  public Optional<RunbookRef> runbook() {
    return runbook;
  }

  public ActionItemStatus status() {
    return status;
  }

  public Optional<Instant> completedAt() {
    return completedAt;
  }

  public Optional<String> wontDoReason() {
    return wontDoReason;
  }
}
