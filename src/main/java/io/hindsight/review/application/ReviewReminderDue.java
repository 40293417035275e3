package io.hindsight.review.application;

import io.hindsight.review.domain.ReminderKind;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * CDI event fired by the review sweep, inside its transaction, once per item, kind and period: a
 * review due within 7 days ({@code DUE_SOON}), due today, overdue (at most once a day), or overdue
 * by 14 days or more ({@code ESCALATED}, once per due date, for the configured escalation contact).
 *
 * @param assignee who should review it; empty when nobody is assigned (the owner is not a user)
 * @param owner the runbook's owner as written (a user or a team name)
 * @param reasons each open reason in words, such as "runbook-improvement feedback: INC-2026-0042"
 * @param dedupeKey {@code review:<item id>:<kind>:<period>}; the same key is never fired twice
 */
public record ReviewReminderDue(
    long itemId,
    RunbookRef runbook,
    String title,
    ReminderKind kind,
    Optional<Username> assignee,
    Optional<String> owner,
    LocalDate dueDate,
    List<String> reasons,
    String dedupeKey) {

  public ReviewReminderDue {
    reasons = List.copyOf(reasons);
  }

  /** The address of the runbook's review page, relative to the application's root. */
  public String reviewPage() {
    return ReviewLinks.reviewPage(runbook);
  }
}
