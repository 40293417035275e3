package io.hindsight.notify.application;

import io.hindsight.notify.domain.DeliveryState;
import io.hindsight.notify.domain.Notification;
import io.hindsight.notify.domain.NotificationKind;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admins' delivery log: every message, filtered in the database, with retry and discard. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class DeliveryLog {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Filters of the log; each empty one matches everything. */
  public record Filter(
      Optional<DeliveryState> state, Optional<NotificationKind> kind, Optional<String> recipient) {}

  /** A message as the log shows it. */
  @Schema(name = "DeliveryLogEntry")
  public record Entry(
      long id,
      String kind,
      String channel,
      String recipient,
      String subject,
      String title,
      String idempotencyKey,
      String state,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant sentAt) {

    static Entry of(Notification n) {
      return new Entry(
          n.id(),
          n.kind().spelling(),
          n.channel().spelling(),
          n.recipient(),
          n.subjectType().name().toLowerCase(java.util.Locale.ROOT) + ":" + n.subjectRef(),
          n.title(),
          n.idempotencyKey(),
          n.state().label(),
          n.attempts(),
          n.nextAttemptAt(),
          n.lastError().orElse(null),
          n.createdAt(),
          n.sentAt().orElse(null));
    }
  }

  /** One page of the log, newest first, and how many entries match. */
  @Schema(name = "DeliveryLogPage")
  public record Page(List<Entry> items, long total) {}

  public Page list(Filter filter, int offset, int limit) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    filter.state().ifPresent(s -> where.append(" and n.state = :state"));
    filter.kind().ifPresent(k -> where.append(" and n.kind = :kind"));
    filter.recipient().ifPresent(r -> where.append(" and lower(n.recipient) = :recipient"));
    TypedQuery<Notification> items =
        bind(
            em.createQuery(
                "select n from Notification n" + where + " order by n.id desc", Notification.class),
            filter);
    TypedQuery<Long> total =
        bind(em.createQuery("select count(n) from Notification n" + where, Long.class), filter);
    return new Page(
        items.setFirstResult(offset).setMaxResults(limit).getResultStream().map(Entry::of).toList(),
        total.getSingleResult());
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
    filter.state().ifPresent(s -> query.setParameter("state", s));
    filter.kind().ifPresent(k -> query.setParameter("kind", k));
    filter
        .recipient()
        .ifPresent(r -> query.setParameter("recipient", r.strip().toLowerCase(Locale.ROOT)));
    return query;
  }

  public Entry entry(long id) {
    return Entry.of(find(id));
  }

  /** Tries a failed or dead message again now. */
  public Entry retry(long id) {
    Notification message = find(id);
    if (!message.state().retriable()) {
      throw new StateConflict(
          "Only a failed or dead message can be retried; this one is "
              + message.state().label()
              + ".");
    }
    message.retryNow(clock.instant());
    return Entry.of(message);
  }

  /** Sets a waiting, failed or dead message aside for good; it is never sent. */
  public Entry discard(long id) {
    Notification message = find(id);
    DeliveryState state = message.state();
    if (!state.discardable()) {
      throw new StateConflict(
          "Only a queued, held, failed or dead message can be discarded; this one is "
              + state.label()
              + ".");
    }
    message.discard();
    return Entry.of(message);
  }

  private Notification find(long id) {
    Notification message = em.find(Notification.class, id);
    if (message == null) {
      throw NotFound.of("notification", Long.toString(id));
    }
    return message;
  }
}
