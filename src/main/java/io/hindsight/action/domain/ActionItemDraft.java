package io.hindsight.action.domain;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a user asks for when creating an action item; any field may be missing. {@link #validate}
 * checks all fields at once. An absent due date defaults from the priority.
 */
public record ActionItemDraft(
    String title,
    ActionItemKind kind,
    ActionPriority priority,
    Username owner,
    LocalDate dueDate,
    String trackerLink,
    RunbookRef runbook) {

  public static final int MAX_TITLE_LENGTH = 200;
  public static final java.time.Period MAX_AHEAD = java.time.Period.ofYears(10);

  /**
   * A new open item. "Today" is the clock's date in the clock's zone.
   *
   * @throws FieldRefused naming every invalid field
   */
  public ActionItem validate(ActionDuePolicy duePolicy, Clock clock) {
    Map<String, String> errors = new LinkedHashMap<>();
    String cleanTitle = title == null ? "" : title.strip();
    if (cleanTitle.isEmpty()) {
      errors.put("title", "Give the action item a title.");
    } else if (cleanTitle.length() > MAX_TITLE_LENGTH) {
      errors.put("title", "The title has at most " + MAX_TITLE_LENGTH + " characters.");
    }
    if (kind == null) {
      errors.put("kind", "Choose a kind.");
    }
    if (priority == null) {
      errors.put("priority", "Choose a priority.");
    }
    if (owner == null) {
      errors.put("owner", "Choose an owner.");
    }
    LocalDate today = LocalDate.now(clock);
    if (dueDate != null && dueDate.isBefore(today)) {
      errors.put("dueDate", "The due date " + dueDate + " is in the past.");
    } else if (dueDate != null && dueDate.isAfter(today.plus(MAX_AHEAD))) {
      errors.put("dueDate", "The due date is at most " + MAX_AHEAD.getYears() + " years ahead.");
    }
    Optional<String> link =
        Optional.ofNullable(trackerLink).map(String::strip).filter(text -> !text.isEmpty());
    link.map(TrackerLink::problemWith).ifPresent(problem -> errors.put("trackerLink", problem));
    if (kind == ActionItemKind.RUNBOOK_UPDATE && runbook == null) {
      errors.put("runbook", "A runbook update names its runbook.");
    } else if (kind != null && kind != ActionItemKind.RUNBOOK_UPDATE && runbook != null) {
      errors.put("runbook", "Only a runbook update names a runbook.");
    }
    if (!errors.isEmpty()) {
      throw FieldRefused.fields(errors);
    }
    LocalDate due = dueDate != null ? dueDate : duePolicy.defaultDueDate(priority, today);
    return ActionItem.open(
        cleanTitle,
        kind,
        priority,
        owner,
        due,
        link.map(TrackerLink::new),
        Optional.ofNullable(runbook));
  }
}
