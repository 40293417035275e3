package io.hindsight.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queues messages in the caller's transaction, once per dedupe key. */
@ApplicationScoped
public class Outbox {

  @PersistenceContext EntityManager em;

  /** The message queued under this key: the new one, or the one queued before. */
  public OutboxMessage enqueue(OutboxMessage message) {
    Optional<OutboxMessage> existing = find(message.dedupeKey());
    if (existing.isPresent()) {
      return existing.get();
    }
    em.persist(message);
    return message;
  }

  public Optional<OutboxMessage> find(String dedupeKey) {
    return em.createQuery(
            "select m from OutboxMessage m where m.dedupeKey = :key", OutboxMessage.class)
        .setParameter("key", dedupeKey)
        .getResultStream()
        .findFirst();
  }

  public List<OutboxMessage> withKeyPrefix(String prefix) {
    return em.createQuery(
            "select m from OutboxMessage m where m.dedupeKey like :prefix order by m.id",
            OutboxMessage.class)
        .setParameter("prefix", prefix + "%")
        .getResultList();
  }
}
