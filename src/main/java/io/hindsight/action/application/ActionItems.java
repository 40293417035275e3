package io.hindsight.action.application;

import io.hindsight.action.domain.ActionItemKind;
import io.hindsight.action.domain.ActionItemStatus;
import io.hindsight.action.domain.StoredActionItem;
import io.hindsight.platform.memo.ShortLivedMemo;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored action items. Lists hold only items of post-mortems whose incident the caller may see;
 * the earliest due date first.
 */
@ApplicationScoped
public class ActionItems {

  /**
   * How long the counts of a list narrowed to neither an owner nor a post-mortem are kept: counting
   * 100,000 items took 50–100 ms of each view of the board on H2. A change committed on this node
   * drops them at once; another node's change shows within this time.
   */
  static final Duration BROAD_COUNTS_KEPT = Duration.ofSeconds(1);

  private final ShortLivedMemo<Matching, Map<ActionItemStatus, Long>> broadCounts =
      ShortLivedMemo.keeping(BROAD_COUNTS_KEPT, 1_000);

  @PersistenceContext EntityManager em;
  @Inject Event<ActionItemsChanged> changes;

  /** A change to the stored items, seen once its transaction ends. */
  public record ActionItemsChanged() {}

  public Optional<StoredActionItem> find(long id) {
    return Optional.ofNullable(em.find(StoredActionItem.class, id));
  }

  /** Open or in-progress items whose due date is before {@code today}. */
  public long overdueCount(LocalDate today) {
    return em.createQuery(
            "select count(a) from StoredActionItem a where a.status in :open and a.dueDate < :today",
            Long.class)
        .setParameter("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS))
        .setParameter("today", today)
        .getSingleResult();
  }

  public StoredActionItem add(StoredActionItem item) {
    em.persist(item);
    changes.fire(new ActionItemsChanged());
    return item;
  }

  /**
   * Writes pending changes now, so that a stale version fails here rather than at commit. Every
   * change to a stored item goes through here, {@link #add} or {@link #remove}.
   */
  public void flush() {
    em.flush();
    changes.fire(new ActionItemsChanged());
  }

  public void remove(StoredActionItem item) {
    em.remove(item);
    changes.fire(new ActionItemsChanged());
  }

  void forgetCounts(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) ActionItemsChanged change) {
    broadCounts.forget();
  }

  /** The action items of these post-mortems, in one query. */
  public List<StoredActionItem> ofPostmortems(Collection<Long> postmortemIds) {
    if (postmortemIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from StoredActionItem a where a.postmortemId in :ids order by a.id",
            StoredActionItem.class)
        .setParameter("ids", postmortemIds)
        .getResultList();
  }

  /** How many items each of these post-mortems has in each status: one row per pair, no items. */
  public List<StatusCount> statusCounts(Collection<Long> postmortemIds) {
    if (postmortemIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select new io.hindsight.action.application.ActionItems$StatusCount("
                + "a.postmortemId, a.status, count(a))"
                + " from StoredActionItem a where a.postmortemId in :ids"
                + " group by a.postmortemId, a.status",
            StatusCount.class)
        .setParameter("ids", postmortemIds)
        .getResultList();
  }

  /** A post-mortem's count of items in one status. */
  public record StatusCount(Long postmortemId, ActionItemStatus status, long count) {}

  public List<StoredActionItem> ofPostmortem(Long postmortemId) {
    return em.createQuery(
            "select a from StoredActionItem a where a.postmortemId = :id order by a.id",
            StoredActionItem.class)
        .setParameter("id", postmortemId)
        .getResultList();
  }

  /**
   * The open runbook-update items that name a runbook, oldest first (the review queue's reasons).
   */
  public List<StoredActionItem> openRunbookUpdates() {
    return em.createQuery(
            "select a from StoredActionItem a where a.kind = :kind and a.runbook is not null"
                + " and a.status in :open order by a.createdAt, a.id",
            StoredActionItem.class)
        .setParameter("kind", ActionItemKind.RUNBOOK_UPDATE)
        .setParameter("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS))
        .getResultList();
  }

  /**
   * One page of the matching items with their post-mortems' keys and titles, in due order. The
   * items are read from their own table alone (the incident's visibility and the post-mortem key
   * are subqueries), so that the database walks the due-date index and stops at the page's end;
   * then the keys and titles of their post-mortems in one query (not the post-mortems themselves,
   * whose texts and people would be read too).
   */
  public List<TrackedActionItem> matching(
      ActionItemFilter filter, Caller caller, LocalDate today, int first, int max) {
    Matching matching = Matching.of(filter, caller, today);
    TypedQuery<StoredActionItem> query =
        em.createQuery(
            "select a from StoredActionItem a" + matching.where() + " order by a.dueDate, a.id",
            StoredActionItem.class);
    matching.parameters().forEach(query::setParameter);
    List<StoredActionItem> page = query.setFirstResult(first).setMaxResults(max).getResultList();
    Map<Long, Heading> headings = new HashMap<>();
    if (!page.isEmpty()) {
      em.createQuery(
              "select p.id, p.key, p.title from Postmortem p where p.id in :ids", Object[].class)
          .setParameter(
              "ids", page.stream().map(StoredActionItem::postmortemId).distinct().toList())
          .getResultList()
          .forEach(
              row ->
                  headings.put(
                      (Long) row[0],
                      new Heading(
                          PostmortemKey.parse((String) row[1]).orElseThrow(), (String) row[2])));
    }
    return page.stream()
        .map(
            item -> {
              Heading heading = headings.get(item.postmortemId());
              return new TrackedActionItem(item, item.item(), heading.key(), heading.title());
            })
        .toList();
  }

  /** What a list shows of an item's post-mortem. */
  private record Heading(PostmortemKey key, String title) {}

  /**
   * How many matching items are in each status, counted in the database; for a list narrowed to
   * neither an owner nor a post-mortem, kept for {@link #BROAD_COUNTS_KEPT}.
   */
  public Map<ActionItemStatus, Long> countsByStatus(
      ActionItemFilter filter, Caller caller, LocalDate today) {
    Matching matching = Matching.of(filter, caller, today);
    if (filter.owner().isPresent() || filter.postmortem().isPresent()) {
      return count(matching);
    }
    return broadCounts.get(matching, () -> count(matching));
  }

  private Map<ActionItemStatus, Long> count(Matching matching) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select a.status, count(a) from StoredActionItem a"
                + matching.where()
                + " group by a.status",
            Object[].class);
    matching.parameters().forEach(query::setParameter);
    Map<ActionItemStatus, Long> counts = new EnumMap<>(ActionItemStatus.class);
    for (Object[] row : query.getResultList()) {
      counts.put((ActionItemStatus) row[0], (Long) row[1]);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** The where clause of a filter over {@code StoredActionItem a}, with its parameters. */
  private record Matching(String where, Map<String, Object> parameters) {

    static Matching of(ActionItemFilter filter, Caller caller, LocalDate today) {
      List<String> where = new ArrayList<>();
      Map<String, Object> parameters = new HashMap<>();
      if (!caller.admin()) {
        where.add(
            "exists (select p.id from Postmortem p, Incident i where p.id = a.postmortemId"
                + " and i.id = p.incidentId"
                + " and (i.restricted = false or :user member of i.participants))");
        parameters.put("user", caller.username().value());
      }
      filter
          .owner()
          .ifPresent(
              owner -> {
                where.add("a.owner = :owner");
                parameters.put("owner", owner);
              });
      filter
          .postmortem()
          .ifPresent(
              key -> {
                where.add(
                    "a.postmortemId in (select p.id from Postmortem p where p.key = :postmortem)");
                parameters.put("postmortem", key.value());
              });
      filter
          .status()
          .ifPresent(
              status -> {
                where.add("a.status = :status");
                parameters.put("status", status);
              });
      filter
          .open()
          .ifPresent(
              open -> {
                where.add(open ? "a.status in :openStates" : "a.status not in :openStates");
                parameters.put(
                    "openStates", EnumSet.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS));
              });
      filter
          .overdue()
          .ifPresent(
              overdue -> {
                String late = "(a.status in :lateStates and a.dueDate < :today)";
                where.add(overdue ? late : "not " + late);
                parameters.put(
                    "lateStates", EnumSet.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS));
                parameters.put("today", today);
              });
      return new Matching(
          where.isEmpty() ? "" : " where " + String.join(" and ", where), parameters);
    }
  }

  public Postmortem postmortemOf(StoredActionItem item) {
    return em.find(Postmortem.class, item.postmortemId());
  }
}
