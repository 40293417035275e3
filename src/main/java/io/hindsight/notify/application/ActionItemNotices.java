package io.hindsight.notify.application;

import io.hindsight.action.domain.ActionItem;
import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.StoredActionItem;
import io.hindsight.notify.domain.ActionItemNotice;
import io.hindsight.notify.domain.ActionItemReminder;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.notify.domain.SubjectType;
import io.hindsight.postmortem.application.PostmortemSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * What an open action item tells its owner: that it was assigned to them (once per owner, so a
 * reassignment tells the new owner), that it is due in 3 days, and weekly while it is overdue. Each
 * item looked at records when it next needs looking at ({@link ActionItemNotice}).
 */
@ApplicationScoped
public class ActionItemNotices {

  @PersistenceContext EntityManager em;
  @Inject UserMail mail;
  @Inject PostmortemSettings postmortemSettings;

  /**
   * The open items that may owe their owner something at {@code now}: those never looked at, those
   * changed since (owner or due date moved) and those whose next reminder has started.
   */
  @Transactional
  public List<Long> dueIds(Instant now) {
    return em.createQuery(
            "select a.id from StoredActionItem a where a.status in (:open) and not exists ("
                + "select n from ActionItemNotice n where n.itemId = a.id"
                + " and n.subjectVersion = a.version and n.nextAt > :now) order by a.id",
            Long.class)
        .setParameter("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS))
        .setParameter("now", now)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remind(Long id, Instant now) {
    StoredActionItem stored = em.find(StoredActionItem.class, id);
    if (stored == null || stored.item().status().isClosed()) {
      return;
    }
    ActionItem item = stored.item();
    String ref = "AI-" + id;
    String link = "action-items.xhtml";
    String owner = item.owner().value();
    mail.send(
        item.owner(),
        new UserMail.Message(
            NotificationKind.ACTION_ASSIGNED,
            SubjectType.ACTION_ITEM,
            ref,
            "assigned-" + owner,
            "Action item for you: " + item.title(),
            "You own the action item \"" + item.title() + "\", due " + item.dueDate() + ".",
            link));
    ActionItemReminder.current(item.dueDate(), now, postmortemSettings.zone())
        .ifPresent(
            reminder ->
                mail.send(
                    item.owner(),
                    new UserMail.Message(
                        reminder.overdue()
                            ? NotificationKind.ACTION_OVERDUE
                            : NotificationKind.ACTION_DUE_SOON,
                        SubjectType.ACTION_ITEM,
                        ref,
                        reminder.slot(),
                        (reminder.overdue()
                                ? "Action item overdue: "
                                : "Action item due in 3 days: ")
                            + item.title(),
                        "The action item \"" + item.title() + "\" is due " + item.dueDate() + ".",
                        link)));
    Instant next = ActionItemReminder.next(item.dueDate(), now, postmortemSettings.zone());
    ActionItemNotice notice = em.find(ActionItemNotice.class, id);
    if (notice == null) {
      em.persist(new ActionItemNotice(id, stored.version(), next));
    } else {
      notice.reschedule(stored.version(), next);
    }
  }
}
