package io.hindsight.review.application;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.review.domain.DueState;
import io.hindsight.review.domain.ReviewCalendar;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewReason;
import io.hindsight.runbook.domain.RunbookRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review queue as one indexed query over the items: filtered, ordered, one page at a time, with
 * the open reasons of that page's items only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueue {

  @PersistenceContext EntityManager em;
  @Inject ReviewItems items;
  @Inject Clock clock;

  public ResultPage<QueueRow> page(QueueFilter filter, QueueOrder order, int page, int size) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    TypedQuery<ReviewItem> query =
        em.createQuery(
            "select i from ReviewItem i" + where(filter) + " order by " + order.orderBy(),
            ReviewItem.class);
    bind(query, filter, today);
    List<ReviewItem> found = query.setFirstResult(page * size).setMaxResults(size).getResultList();
    TypedQuery<Long> count =
        em.createQuery("select count(i) from ReviewItem i" + where(filter), Long.class);
    bind(count, filter, today);
    long total = count.getSingleResult();
    Map<Long, List<ReviewReason>> reasons =
        items.openReasons(found.stream().map(ReviewItem::id).toList());
    return new ResultPage<>(
        found.stream().map(item -> row(item, reasons.get(item.id()), today)).toList(),
        page,
        size,
        total);
  }

  public QueueRow row(RunbookRef runbook) {
    ReviewItem item =
        items
            .find(runbook)
            .filter(found -> !found.isGone())
            .orElseThrow(() -> new NotFound("No runbook " + runbook + " to review."));
    return row(
        item,
        items.openReasons(List.of(item.id())).get(item.id()),
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  static QueueRow row(ReviewItem item, List<ReviewReason> open, LocalDate today) {
    return new QueueRow(
        item.id(),
        item.version(),
        item.runbook(),
        item.title(),
        item.owner(),
        item.assignee(),
        item.dueDate(),
        DueState.inWords(item.dueDate(), today),
        item.state(today),
        item.reviewInterval(),
        open == null
            ? List.of()
            : open.stream()
                .map(
                    reason ->
                        new QueueRow.Reason(
                            reason.kind(),
                            reason.label(),
                            reason.link(),
                            reason.raisedAt(),
                            reason.dueDate()))
                .toList(),
        item.lastReview(),
        item.changedSinceReview(),
        item.retired());
  }

  private static String where(QueueFilter filter) {
    StringBuilder where = new StringBuilder(" where i.gone = false and i.retired = false");
    if (!filter.all()) {
      where.append(" and (i.dueDate <= :quarterEnd or i.openReasons > 0)");
    }
    filter.assignee().ifPresent(who -> where.append(" and i.assignee = :assignee"));
    if (filter.unassigned()) {
      where.append(" and i.assignee is null");
    }
    filter.repository().ifPresent(key -> where.append(" and i.runbook.repository = :repository"));
    filter.owner().ifPresent(owner -> where.append(" and lower(i.owner) = :owner"));
    filter
        .reason()
        .ifPresent(
            kind ->
                where.append(
                    " and i.id in (select r.itemId from ReviewReason r"
                        + " where r.kind = :reason and r.clearedAt is null)"));
    if (filter.overdue()) {
      where.append(" and i.dueDate < :today");
    }
    if (filter.dueThisWeek()) {
      where.append(" and i.dueDate <= :weekEnd");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, QueueFilter filter, LocalDate today) {
    if (!filter.all()) {
      query.setParameter("quarterEnd", ReviewCalendar.quarterEnd(today));
    }
    filter.assignee().ifPresent(who -> query.setParameter("assignee", who));
    filter.repository().ifPresent(key -> query.setParameter("repository", key.value()));
    filter.owner().ifPresent(owner -> query.setParameter("owner", owner.toLowerCase(Locale.ROOT)));
    filter.reason().ifPresent(kind -> query.setParameter("reason", kind));
    if (filter.overdue()) {
      query.setParameter("today", today);
    }
    if (filter.dueThisWeek()) {
      query.setParameter("weekEnd", today.plusDays(7));
    }
  }
}
