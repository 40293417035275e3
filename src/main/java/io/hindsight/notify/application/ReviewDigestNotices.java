package io.hindsight.notify.application;

import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.review.application.ReviewDigestDue;
import io.hindsight.review.domain.WeeklyDigests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * A reviewer's weekly digest of runbook reviews, queued in the sweep's transaction once per
 * reviewer and week (key {@code RV-week-<week>:digest:user-<name>:<channel>}), as they chose for
 * {@code runbook_review_digest}.
 */
@ApplicationScoped
public class ReviewDigestNotices {

  @Inject UserMail mail;

  void digest(@Observes ReviewDigestDue due) {
    WeeklyDigests.Digest digest = due.digest();
    int count = digest.dueThisWeek().size() + digest.moreThisWeek();
    mail.send(
        digest.reviewer(),
        new UserMail.Message(
            NotificationKind.RUNBOOK_REVIEW_DIGEST,
            SubjectType.RUNBOOK_REVIEW,
            "RV-week-" + digest.week().label(),
            "digest",
            "Runbook reviews for you in week " + digest.week().label() + ": " + count + " due",
            body(digest),
            due.queuePage()));
  }

  private static String body(WeeklyDigests.Digest digest) {
    LocalDate monday = digest.week().monday();
    StringBuilder text =
        new StringBuilder("Due by ")
            .append(digest.week().sunday())
            .append(", the end of the week of ")
            .append(monday)
            .append(":");
    for (WeeklyDigests.Assigned review : digest.dueThisWeek()) {
      text.append("\n- ")
          .append(review.title())
          .append(" (")
          .append(review.runbook().value())
          .append("): ")
          .append(review.dueDate().isBefore(monday) ? "was due " : "due ")
          .append(review.dueDate());
    }
    if (digest.moreThisWeek() > 0) {
      text.append("\n- and ").append(digest.moreThisWeek()).append(" more");
    }
    if (digest.laterThisQuarter() > 0) {
      text.append("\n\nLater this quarter: ")
          .append(digest.laterThisQuarter())
          .append(digest.laterThisQuarter() == 1 ? " more review." : " more reviews.");
    }
    return text.toString();
  }
}
