package io.hindsight.review.application;

import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewReason;
import io.hindsight.review.domain.RunbookReview;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queue items, their reasons and the reviews done, in the database. */
@ApplicationScoped
public class ReviewItems {

  private static final int CHUNK = 500;

  @PersistenceContext EntityManager em;

  public Optional<ReviewItem> find(long id) {
    return Optional.ofNullable(em.find(ReviewItem.class, id));
  }

  public Optional<ReviewItem> find(RunbookRef runbook) {
    return em.createQuery(
            "select i from ReviewItem i where i.runbook.repository = :repository"
                + " and i.runbook.path = :path",
            ReviewItem.class)
        .setParameter("repository", runbook.repository().value())
        .setParameter("path", runbook.path().value())
        .getResultStream()
        .findFirst();
  }

  /**
   * The items of the given runbooks of one repository, by path; a runbook without one is left out.
   */
  public Map<RunbookPath, ReviewItem> find(
      RepositoryKey repository, Collection<RunbookPath> paths) {
    Map<RunbookPath, ReviewItem> byPath = new HashMap<>();
    for (List<String> chunk : chunks(paths.stream().map(RunbookPath::value).toList())) {
      em.createQuery(
              "select i from ReviewItem i where i.runbook.repository = :repository"
                  + " and i.runbook.path in :paths",
              ReviewItem.class)
          .setParameter("repository", repository.value())
          .setParameter("paths", chunk)
          .getResultList()
          .forEach(item -> byPath.put(item.path(), item));
    }
    return byPath;
  }

  public List<ReviewItem> of(RepositoryKey repository) {
    return em.createQuery(
            "select i from ReviewItem i where i.runbook.repository = :repository", ReviewItem.class)
        .setParameter("repository", repository.value())
        .getResultList();
  }

  public ReviewItem add(ReviewItem item) {
    em.persist(item);
    return item;
  }

  /** Writes pending changes now, so that a stale version fails here rather than at commit. */
  public void flush() {
    em.flush();
  }

  public ReviewReason add(ReviewReason reason) {
    em.persist(reason);
    return reason;
  }

  public RunbookReview add(RunbookReview review) {
    em.persist(review);
    return review;
  }

  public List<ReviewReason> reasons(long itemId) {
    return em.createQuery(
            "select r from ReviewReason r where r.itemId = :id order by r.raisedAt, r.id",
            ReviewReason.class)
        .setParameter("id", itemId)
        .getResultList();
  }

  /** Every reason of the given items, open or cleared, by item id. */
  public Map<Long, List<ReviewReason>> reasons(Collection<Long> itemIds) {
    Map<Long, List<ReviewReason>> byItem = new HashMap<>();
    if (itemIds.isEmpty()) {
      return byItem;
    }
    for (List<Long> chunk : chunks(List.copyOf(itemIds))) {
      em.createQuery(
              "select r from ReviewReason r where r.itemId in :ids order by r.raisedAt, r.id",
              ReviewReason.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(
              reason ->
                  byItem
                      .computeIfAbsent(reason.itemId(), id -> new java.util.ArrayList<>())
                      .add(reason));
    }
    return byItem;
  }

  /** The open reasons of the given items, by item id. */
  public Map<Long, List<ReviewReason>> openReasons(Collection<Long> itemIds) {
    Map<Long, List<ReviewReason>> byItem = new HashMap<>();
    reasons(itemIds)
        .forEach(
            (id, reasons) ->
                byItem.put(id, reasons.stream().filter(ReviewReason::isOpen).toList()));
    return byItem;
  }

  public Optional<RunbookReview> review(long id) {
    return Optional.ofNullable(em.find(RunbookReview.class, id));
  }

  /** The reviews of a runbook, latest first. */
  public List<RunbookReview> reviews(RunbookRef runbook, int max) {
    return em.createQuery(
            "select r from RunbookReview r where r.runbook.repository = :repository"
                + " and r.runbook.path = :path order by r.reviewedAt desc, r.id desc",
            RunbookReview.class)
        .setParameter("repository", runbook.repository().value())
        .setParameter("path", runbook.path().value())
        .setMaxResults(max)
        .getResultList();
  }

  private static <T> List<List<T>> chunks(List<T> values) {
    List<List<T>> chunks = new java.util.ArrayList<>();
    for (int i = 0; i < values.size(); i += CHUNK) {
      chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
    }
    return chunks;
  }
}
