package io.hindsight.forge.application;

import io.hindsight.forge.domain.ReceivedDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * The forge webhook deliveries received within the last day, in the database: a delivery id seen
 * again on any node is a replay. Two nodes receiving the same delivery at once both try to insert
 * it; the primary key lets one of them through.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookDeliveries {

  /** How long a delivery id is remembered; forges give up redelivering well within it. */
  public static final Duration WINDOW = Duration.ofHours(24);

  @PersistenceContext EntityManager em;

  /**
   * Remembers {@code key} received at {@code now}.
   *
   * @return false when it was received within the window already (a replay)
   * @throws jakarta.persistence.PersistenceException when another node remembered it at the same
   *     moment (a replay too), the transaction rolled back
   */
  public boolean remember(String key, Instant now) {
    ReceivedDelivery seen = em.find(ReceivedDelivery.class, key);
    if (seen != null && seen.receivedAt().isAfter(now.minus(WINDOW))) {
      return false;
    }
    if (seen != null) {
      em.remove(seen);
      em.flush();
    }
    em.persist(new ReceivedDelivery(key, now));
    em.flush();
    return true;
  }

  /** Forgets the deliveries received before the window; how many. */
  public int forgetBefore(Instant now) {
    return em.createQuery("delete from ReceivedDelivery d where d.receivedAt < :cutoff")
        .setParameter("cutoff", now.minus(WINDOW))
        .executeUpdate();
  }
}
