package io.hindsight.notify.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.notify.domain.DeadlineReminder;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.PostmortemNotice;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.postmortem.application.PostmortemSettings;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a post-mortem that is still open tells its people, computed from its state and the clock:
 * created (commander and authors, within a day of creation), due in 24 hours, due, daily while
 * overdue (authors), review requested (the chosen reviewers, once per revision sent to review),
 * changes requested (authors, once per revision) and approved (authors). Each post-mortem looked at
 * records when it next needs looking at ({@link PostmortemNotice}).
 */
@ApplicationScoped
public class PostmortemNotices {

  private static final Duration CREATED_NOTICE_WINDOW = Duration.ofHours(24);

  @PersistenceContext EntityManager em;
  @Inject UserMail mail;
  @Inject PostmortemSettings postmortemSettings;

  /**
   * The unfinished post-mortems that may owe someone something at {@code now}: those never looked
   * at, those changed since and those whose next reminder has started.
   */
  @Transactional
  public List<Long> dueIds(Instant now) {
    return em.createQuery(
            "select p.id from Postmortem p where p.status not in (:closed) and not exists ("
                + "select n from PostmortemNotice n where n.postmortemId = p.id"
                + " and n.subjectVersion = p.version and n.nextAt > :now) order by p.id",
            Long.class)
        .setParameter("closed", List.of(PostmortemStatus.PUBLISHED, PostmortemStatus.WAIVED))
        .setParameter("now", now)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remind(Long id, Instant now) {
    Postmortem postmortem = em.find(Postmortem.class, id);
    if (postmortem == null || postmortem.status().isClosed()) {
      return;
    }
    String key = postmortem.key().value();
    String link = "postmortem.xhtml?key=" + key;
    String due =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            postmortem.dueAt().atZone(postmortemSettings.zone()));
    Set<Username> authors = postmortem.listedAuthors();

    if (now.isBefore(postmortem.createdAt().plus(CREATED_NOTICE_WINDOW))) {
      Set<Username> told = new LinkedHashSet<>(authors);
      Incident incident = em.find(Incident.class, postmortem.incidentId());
      if (incident != null) {
        incident.roles().commander().ifPresent(told::add);
      }
      message(
          told,
          NotificationKind.POSTMORTEM_CREATED,
          key,
          "created",
          "[" + key + "] Post-mortem to write: " + postmortem.title(),
          "A blameless post-mortem was opened for "
              + postmortem.title()
              + ". It is due "
              + due
              + ".",
          link);
    }

    // Until it is published, as the page's due state counts it (PostmortemDeadline).
    DeadlineReminder.current(postmortem.dueAt(), now, postmortemSettings.zone())
        .ifPresent(
            reminder ->
                message(
                    authors,
                    kind(reminder.step()),
                    key,
                    reminder.slot(),
                    "[" + key + "] " + headline(reminder.step()) + ": " + postmortem.title(),
                    "The post-mortem for " + postmortem.title() + " is due " + due + ".",
                    link));

    String revision = "r" + postmortem.revision();
    switch (postmortem.status()) {
      case IN_REVIEW ->
          message(
              postmortem.participants().reviewers(),
              NotificationKind.REVIEW_REQUESTED,
              key,
              "review-requested-" + revision,
              "[" + key + "] Review requested: " + postmortem.title(),
              "You were asked to review the post-mortem for " + postmortem.title() + ".",
              link);
      case CHANGES_REQUESTED ->
          message(
              authors,
              NotificationKind.CHANGES_REQUESTED,
              key,
              "changes-requested-" + revision,
              "[" + key + "] Changes requested: " + postmortem.title(),
              postmortem
                  .reviewNote()
                  .map(note -> "The reviewer asked for changes:\n" + note)
                  .orElse("The reviewer asked for changes."),
              link);
      case APPROVED ->
          message(
              authors,
              NotificationKind.POSTMORTEM_APPROVED,
              key,
              "approved",
              "[" + key + "] Approved: " + postmortem.title(),
              "The post-mortem for " + postmortem.title() + " was approved.",
              link);
      default -> {
        // drafts have no review notice
      }
    }
    lookAgain(postmortem, now);
  }

  /**
   * Records when the post-mortem next needs a look: at its next deadline reminder, or next minute
   * while its first day lasts, since a commander named meanwhile is told it exists.
   */
  private void lookAgain(Postmortem postmortem, Instant now) {
    Instant next =
        now.isBefore(postmortem.createdAt().plus(CREATED_NOTICE_WINDOW))
            ? now
            : DeadlineReminder.next(postmortem.dueAt(), now, postmortemSettings.zone());
    PostmortemNotice notice = em.find(PostmortemNotice.class, postmortem.id());
    if (notice == null) {
      em.persist(new PostmortemNotice(postmortem.id(), postmortem.version(), next));
    } else {
      notice.reschedule(postmortem.version(), next);
    }
  }

  private void message(
      Set<Username> people,
      NotificationKind kind,
      String key,
      String slot,
      String title,
      String body,
      String link) {
    for (Username person : people) {
      mail.send(
          person, new UserMail.Message(kind, SubjectType.POSTMORTEM, key, slot, title, body, link));
    }
  }

  private static NotificationKind kind(DeadlineReminder.Step step) {
    return switch (step) {
      case DUE_SOON -> NotificationKind.POSTMORTEM_DUE_SOON;
      case DUE -> NotificationKind.POSTMORTEM_DUE;
      case OVERDUE -> NotificationKind.POSTMORTEM_OVERDUE;
    };
  }

  private static String headline(DeadlineReminder.Step step) {
    return switch (step) {
      case DUE_SOON -> "Post-mortem due in 24 hours";
      case DUE -> "Post-mortem due now";
      case OVERDUE -> "Post-mortem overdue";
    };
  }
}
