package io.hindsight.notify.application;

import io.hindsight.incident.application.EscalationContacts;
import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.EscalationRole;
import io.hindsight.notify.domain.Channel;
import io.hindsight.notify.domain.IdempotencyKey;
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
import java.util.Locale;
import java.util.Optional;

/**
 * What the review queue tells people, queued in the transaction that fires its events: the assignee
 * of a review (or, when nobody is assigned, the runbook's owner when the owner is a user) that it
 * is due soon, due today, overdue or escalated, and whoever is assigned a review. An escalated
 * review (overdue by 14 days) also goes to the escalation contacts with the role {@link
 * #ESCALATION_ROLE} (set by admins under {@code /api/v1/escalation-contacts}): by email, and by a
 * chat mention where an admin set a chat URL for {@code runbook_review_overdue}.
 */
@ApplicationScoped
public class ReviewNotices {

  /** Who hears of a review overdue by 14 days besides its assignee or owner. */
  public static final EscalationRole ESCALATION_ROLE = EscalationRole.ENGINEERING_MANAGER;

  @Inject UserMail mail;
  @Inject EscalationContacts contacts;
  @Inject NotificationQueue queue;
  @Inject ChannelSettings channels;

  void due(@Observes ReviewReminderDue due) {
    Optional<Username> person = due.assignee().or(() -> due.owner().flatMap(Username::parse));
    if (due.kind() == ReminderKind.ESCALATED) {
      escalate(due, person);
    }
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

  /**
   * The escalation contacts' messages, keyed {@code RV-<item>:<dedupe key>:contact-<id>:<channel>}.
   */
  private void escalate(ReviewReminderDue due, Optional<Username> person) {
    String subject = "RV-" + due.itemId();
    String title = "Runbook review escalated: " + due.title();
    StringBuilder body =
        new StringBuilder("The review of the runbook \"")
            .append(due.title())
            .append("\" has been overdue since ")
            .append(due.dueDate())
            .append(" (14 days or more). ")
            .append(
                person
                    .map(
                        p ->
                            "It is "
                                + (due.assignee().isPresent() ? "assigned to " : "owned by ")
                                + p.value()
                                + ".")
                    .orElse(
                        due.owner()
                            .map(owner -> "Nobody is assigned to it; its owner is " + owner + ".")
                            .orElse("Nobody is assigned to it and it names no owner.")))
            .append("\nYou get this as the ")
            .append(ESCALATION_ROLE.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(" in the escalation contacts.");
    if (!due.reasons().isEmpty()) {
      body.append("\n\nWhy it needs a look:");
      due.reasons().forEach(reason -> body.append("\n- ").append(reason));
    }
    boolean chat = channels.chatUrl(NotificationKind.RUNBOOK_REVIEW_OVERDUE).isPresent();
    for (EscalationContact contact : contacts.withRole(ESCALATION_ROLE)) {
      contact
          .email()
          .ifPresent(
              email ->
                  queue.enqueue(
                      draft(Channel.EMAIL, email, subject, title, body.toString(), due, contact)));
      if (chat) {
        contact
            .chatHandle()
            .ifPresent(
                handle ->
                    queue.enqueue(
                        draft(
                            Channel.CHAT, handle, subject, title, body.toString(), due, contact)));
      }
    }
  }

  private static NotificationDraft draft(
      Channel channel,
      String recipient,
      String subject,
      String title,
      String body,
      ReviewReminderDue due,
      EscalationContact contact) {
    return new NotificationDraft(
        NotificationKind.RUNBOOK_REVIEW_OVERDUE,
        channel,
        recipient,
        SubjectType.RUNBOOK_REVIEW,
        subject,
        title,
        body,
        due.reviewPage(),
        IdempotencyKey.of(subject, due.dedupeKey(), "contact-" + contact.id(), channel.spelling()));
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
