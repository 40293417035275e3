package io.hindsight.notify.application;

import io.hindsight.notify.domain.DeliveryState;
import io.hindsight.notify.domain.Notification;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.platform.persistence.SkipLocked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.Session;

/**
 * The worker's side of the queue, each step in its own short transaction: claim a batch of due
 * messages, then record the sent ones of the batch together and each failure alone. A claim is a
 * row lock that other nodes skip ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL; H2 has no SKIP
 * LOCKED and waits instead), committed as {@code SENDING}, so no two workers send the same message.
 * A message left in sending by a crash is claimed again after the lease: at most one repeat, which
 * receivers can drop by its key.
 */
@ApplicationScoped
public class DeliveryClaims {

  @PersistenceContext EntityManager em;
  @Inject NotifySettings settings;

  private static final String DUE =
      "((n.state in (:waiting) and n.nextAttemptAt <= :now)"
          + " or (n.state = :sending and n.claimedAt < :stale))";
  private static final String ORDER = " order by n.nextAttemptAt, n.id";

  /**
   * Claims up to {@code limit} due messages, oldest first, in two steps: the ids of the first due
   * ones without a lock (an index read), then a lock on those rows that are still due, skipping any
   * another worker holds. Locking in the one ordered query instead makes H2 lock every due row
   * before it keeps the first {@code limit} (a second and more per claim at 10,000 due). When other
   * workers took every candidate meanwhile, the next free ones are claimed in one locking query as
   * before, so an idle-looking claim never hides due messages. The claimed rows are written in one
   * JDBC batch.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Delivery> claim(Instant now, int limit) {
    List<Long> candidates =
        due(em.createQuery("select n.id from Notification n where " + DUE + ORDER, Long.class), now)
            .setMaxResults(limit)
            .getResultList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Notification> due =
        locked(
            due(
                    em.createQuery(
                        "select n from Notification n where n.id in (:ids) and " + DUE + ORDER,
                        Notification.class),
                    now)
                .setParameter("ids", candidates));
    if (due.isEmpty()) {
      due =
          locked(
              due(
                      em.createQuery(
                          "select n from Notification n where " + DUE + ORDER, Notification.class),
                      now)
                  .setMaxResults(limit));
    }
    due.forEach(message -> message.claim(now));
    em.unwrap(Session.class).setJdbcBatchSize(Math.max(1, due.size()));
    em.flush();
    return due.stream().map(Delivery::of).toList();
  }

  private <T> TypedQuery<T> due(TypedQuery<T> query, Instant now) {
    return query
        .setParameter("waiting", List.of(DeliveryState.PENDING, DeliveryState.FAILED))
        .setParameter("now", now)
        .setParameter("sending", DeliveryState.SENDING)
        .setParameter("stale", now.minus(settings.claimLease()));
  }

  private static List<Notification> locked(TypedQuery<Notification> query) {
    return SkipLocked.claim(query);
  }

  /** Messages per kind and state, and when the oldest waiting one was queued. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public QueueSnapshot snapshot(Instant now) {
    Map<NotificationKind, Map<DeliveryState, Long>> counts = new EnumMap<>(NotificationKind.class);
    for (Object[] row :
        em.createQuery(
                "select n.kind, n.state, count(n) from Notification n group by n.kind, n.state",
                Object[].class)
            .getResultList()) {
      counts
          .computeIfAbsent((NotificationKind) row[0], k -> new EnumMap<>(DeliveryState.class))
          .put((DeliveryState) row[1], (Long) row[2]);
    }
    Instant oldest =
        em.createQuery(
                "select min(n.createdAt) from Notification n where n.state in (:waiting)",
                Instant.class)
            .setParameter(
                "waiting",
                List.of(DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.FAILED))
            .getSingleResult();
    return new QueueSnapshot(
        counts, oldest == null ? Duration.ZERO : Duration.between(oldest, now));
  }

  /** The queue as the metrics show it. */
  public record QueueSnapshot(
      Map<NotificationKind, Map<DeliveryState, Long>> counts, Duration oldestPending) {}

  /**
   * Records the sent messages of a batch in one statement: those still in sending become sent (what
   * {@link Notification#sent} does to one), the others (discarded meanwhile) stay as they are.
   * Returns how many became sent.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sent(Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "update Notification n set n.state = :sent, n.sentAt = :now, n.lastError = null,"
                + " n.version = n.version + 1 where n.id in (:ids) and n.state = :sending")
        .setParameter("sent", DeliveryState.SENT)
        .setParameter("now", now)
        .setParameter("ids", ids)
        .setParameter("sending", DeliveryState.SENDING)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public DeliveryState failed(long id, String error, Instant now) {
    return failed(id, error, now, Optional.empty());
  }

  /** A failure whose receiver asked for no retry before {@code retryAfter} from now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public DeliveryState failed(long id, String error, Instant now, Optional<Duration> retryAfter) {
    Notification message = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (message == null) {
      return DeliveryState.DISCARDED;
    }
    if (message.state() == DeliveryState.SENDING) {
      message.failed(
          error,
          now,
          settings.retrySchedule(),
          ThreadLocalRandom.current().nextDouble(),
          retryAfter.map(now::plus));
    }
    return message.state();
  }
}
