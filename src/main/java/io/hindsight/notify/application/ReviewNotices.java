package io.hindsight.notify.application;

import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.review.application.ReviewAssigned;
import io.hindsight.review.application.ReviewLinks;
import io.hindsight.review.application.ReviewReminderDue;
import io.hindsight.review.domain.ReminderKind;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What the review queue tells people, queued in the transaction that fires its events: the assignee
 * of a review (or, when nobody is assigned, the runbook's owner when the owner is a user) that it
 * is due soon, due today, overdue or escalated, and whoever is assigned a review.
 */
@ApplicationScoped
public class ReviewNotices {

  @Inject UserMail mail;

  void due(@Observes ReviewReminderDue due) {
    Optional<Username> person = due.assignee().or(() -> due.owner().flatMap(Username::parse));
    if (person.isEmpty()) {
      return;
    }
    boolean late = due.kind() == ReminderKind.OVERDUE || due.kind() == ReminderKind.ESCALATED;
    String when =
        switch (due.kind()) {
          case DUE_SOON -> "is due on " + due.dueDate();
          case DUE_TODAY -> "is due today";
          case OVERDUE -> "was due on " + due.dueDate();
          case ESCALATED -> "has been overdue since " + due.dueDate() + " (escalated)";
        };
    StringBuilder body =
        new StringBuilder("The review of the runbook \"" + due.title() + "\" " + when + ".");
    if (!due.reasons().isEmpty()) {
      body.append("\n\nWhy it needs a look:");
      due.reasons().forEach(reason -> body.append("\n- ").append(reason));
    }
    mail.send(
        person.get(),
        new UserMail.Message(
            late ? NotificationKind.RUNBOOK_REVIEW_OVERDUE : NotificationKind.RUNBOOK_REVIEW_DUE,
            SubjectType.RUNBOOK_REVIEW,
            "RV-" + due.itemId(),
            due.dedupeKey(),
            (late ? "Runbook review overdue: " : "Runbook review due: ") + due.title(),
            body.toString(),
            due.reviewPage()));
  }

  void assigned(@Observes ReviewAssigned assigned) {
    if (assigned.assignee().equals(assigned.assignedBy())) {
      return;
    }
    mail.send(
        assigned.assignee(),
        new UserMail.Message(
            NotificationKind.RUNBOOK_REVIEW_ASSIGNED,
            SubjectType.RUNBOOK_REVIEW,
            "RV-" + assigned.itemId(),
            assigned.dedupeKey(),
            "Runbook review for you: " + assigned.title(),
            assigned.assignedBy().value()
                + " asked you to review the runbook \""
                + assigned.title()
                + "\", due "
                + assigned.dueDate()
                + ".",
            ReviewLinks.reviewPage(assigned.runbook())));
  }
}
