package io.hindsight.notify.application;

import io.hindsight.change.application.ChangeRequestClosed;
import io.hindsight.change.application.ChangeRequestMerged;
import io.hindsight.change.application.ChangeRequestReviewed;
import io.hindsight.change.application.ChangeRequestSubmitted;
import io.hindsight.change.domain.ReviewVerdict;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What runbook change requests tell people, queued in the transaction of the change: reviewers
 * (never the author) that a change waits for them, and the author what the reviewers decided, that
 * the change was merged, or that someone else closed it.
 */
@ApplicationScoped
public class ChangeNotices {

  @Inject UserMail mail;
  @Inject UserAccounts users;

  void submitted(@Observes ChangeRequestSubmitted submitted) {
    for (UserAccount reviewer : users.all()) {
      if (reviewer.enabled()
          && reviewer.roles().stream().anyMatch(role -> role.implies(Role.REVIEWER))
          && !reviewer.username().equals(submitted.author())) {
        mail.send(
            reviewer.username(),
            message(
                NotificationKind.CHANGE_REVIEW_REQUESTED,
                submitted.changeRequestId(),
                "submitted",
                "Runbook change to review: " + submitted.title(),
                submitted.author().value()
                    + " asks for a review of a change to "
                    + submitted.runbook().value()
                    + "."));
      }
    }
  }

  void reviewed(@Observes ChangeRequestReviewed reviewed) {
    if (reviewed.verdict() == ReviewVerdict.COMMENT
        || reviewed.reviewer().equals(reviewed.author())) {
      return;
    }
    boolean approved = reviewed.verdict() == ReviewVerdict.APPROVE;
    String said =
        reviewed.comment() == null || reviewed.comment().isBlank()
            ? ""
            : "\n\n" + reviewed.comment();
    mail.send(
        reviewed.author(),
        message(
            NotificationKind.CHANGE_REVIEWED,
            reviewed.changeRequestId(),
            "reviewed-" + reviewed.reviewer().value() + "-" + reviewed.state(),
            (approved ? "Runbook change approved: " : "Changes requested on: ") + reviewed.title(),
            reviewed.reviewer().value()
                + (approved ? " approved" : " asked for changes to")
                + " your change to "
                + reviewed.runbook().value()
                + "."
                + said));
  }

  void merged(@Observes ChangeRequestMerged merged) {
    if (merged.mergedBy().equals(merged.author())) {
      return;
    }
    mail.send(
        merged.author(),
        message(
            NotificationKind.CHANGE_MERGED,
            merged.changeRequestId(),
            "merged",
            "Runbook change merged: " + merged.title(),
            merged.mergedBy().value()
                + " merged your change to "
                + merged.runbook().value()
                + merged.tag().map(tag -> ", tagged " + tag).orElse("")
                + "."));
  }

  void closed(@Observes ChangeRequestClosed closed) {
    if (closed.closedBy().equals(closed.author())) {
      return;
    }
    mail.send(
        closed.author(),
        message(
            NotificationKind.CHANGE_CLOSED,
            closed.changeRequestId(),
            "closed",
            "Runbook change closed: " + closed.runbook().value(),
            closed.closedBy().value()
                + " closed your change to "
                + closed.runbook().value()
                + " without merging it."));
  }

  private static UserMail.Message message(
      NotificationKind kind, long id, String slot, String title, String body) {
    return new UserMail.Message(
        kind, SubjectType.CHANGE_REQUEST, "CR-" + id, slot, title, body, "change.xhtml?id=" + id);
  }
}
