package io.hindsight.notify.application;

import io.hindsight.notify.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Queues messages in the caller's transaction, once per idempotency key. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationQueue {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject DeliveryWakeUp wakeUp;

  /** The message queued under the draft's key: the new one, or the one queued before. */
  public Notification enqueue(NotificationDraft draft) {
    return enqueue(draft, false);
  }

  /**
   * Queues an email for its recipient's daily digest: it is not sent by itself. A message queued
   * before under the key stays as it is.
   */
  public Notification hold(NotificationDraft draft) {
    return enqueue(draft, true);
  }

  private Notification enqueue(NotificationDraft draft, boolean held) {
    Optional<Notification> existing = find(draft.key().value());
    if (existing.isPresent()) {
      return existing.get();
    }
    Notification message =
        new Notification(
            draft.kind(),
            draft.channel(),
            draft.recipient(),
            draft.subjectType(),
            draft.subjectRef(),
            draft.title(),
            draft.body(),
            draft.link(),
            draft.key(),
            clock.instant());
    if (held) {
      message.hold();
    }
    em.persist(message);
    if (!held) {
      wakeUp.queuedInThisTransaction();
    }
    return message;
  }

  public Optional<Notification> find(String key) {
    return em.createQuery(
            "select n from Notification n where n.idempotencyKey = :key", Notification.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}
