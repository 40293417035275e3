package io.hindsight.review.application;

import io.hindsight.review.domain.DueState;
import io.hindsight.review.domain.QuarterCounts;
import io.hindsight.review.domain.ReviewItem;
import io.hindsight.review.domain.ReviewQuarter;
import io.hindsight.runbook.domain.RepositoryKey;
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
import java.util.Optional;

/**
 * The quarter view's numbers, counted in the database: one grouped query per repository and one per
 * owner over the queue items (runbooks retired or gone from their repository left out), and the
 * {@value #STALEST} runbooks least recently reviewed; of every repository, or of one. Days are UTC
 * days, as the queue's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQuarterView {

  static final int STALEST = 50;

  private static final String COUNTS =
      "count(i),"
          + " sum(case when i.lastReviewDate >= :quarterStart then 1 else 0 end),"
          + " sum(case when i.dueDate <= :quarterEnd then 1 else 0 end),"
          + " sum(case when i.dueDate < :today then 1 else 0 end),"
          + " sum(case when i.lastReviewDate >= :freshSince then 1 else 0 end)";
  private static final String ACTIVE =
      " from ReviewItem i where i.gone = false and i.retired = false";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public QuarterProgress progress() {
    return progress(Optional.empty());
  }

  /** The progress of one repository's runbooks, or of every repository's when none is given. */
  public QuarterProgress progress(Optional<RepositoryKey> repository) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    ReviewQuarter quarter = ReviewQuarter.of(today);
    List<QuarterProgress.Group> byRepository =
        groups("i.runbook.repository", repository, quarter, today);
    List<QuarterProgress.Group> byOwner = groups("i.owner", repository, quarter, today);
    QuarterCounts total =
        byRepository.stream()
            .map(QuarterProgress.Group::counts)
            .reduce(QuarterCounts.none(), QuarterCounts::plus);
    return new QuarterProgress(
        quarter, today, repository, total, byRepository, byOwner, stalest(repository, today));
  }

  /** The counts of every active runbook, in one query (for the gauges). */
  public QuarterCounts total() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    ReviewQuarter quarter = ReviewQuarter.of(today);
    Object[] row =
        em.createQuery("select " + COUNTS + ACTIVE, Object[].class)
            .setParameter("quarterStart", quarter.start())
            .setParameter("quarterEnd", quarter.end())
            .setParameter("today", today)
            .setParameter("freshSince", QuarterCounts.freshSince(today))
            .getSingleResult();
    return new QuarterCounts(
        count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]));
  }

  private static String active(Optional<RepositoryKey> repository) {
    return repository.isPresent() ? ACTIVE + " and i.runbook.repository = :repository" : ACTIVE;
  }

  private static <T> TypedQuery<T> within(TypedQuery<T> query, Optional<RepositoryKey> repository) {
    repository.ifPresent(key -> query.setParameter("repository", key.value()));
    return query;
  }

  private List<QuarterProgress.Group> groups(
      String property, Optional<RepositoryKey> repository, ReviewQuarter quarter, LocalDate today) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select "
                + property
                + ", "
                + COUNTS
                + active(repository)
                + " group by "
                + property
                + " order by "
                + property,
            Object[].class);
    return within(query, repository)
        .setParameter("quarterStart", quarter.start())
        .setParameter("quarterEnd", quarter.end())
        .setParameter("today", today)
        .setParameter("freshSince", QuarterCounts.freshSince(today))
        .getResultStream()
        .map(
            row ->
                new QuarterProgress.Group(
                    Optional.ofNullable((String) row[0]),
                    new QuarterCounts(
                        count(row[1]), count(row[2]), count(row[3]), count(row[4]), count(row[5]))))
        .toList();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private List<QuarterProgress.Freshness> stalest(
      Optional<RepositoryKey> repository, LocalDate today) {
    return within(
            em.createQuery(
                "select i"
                    + active(repository)
                    + " order by i.lastReviewDate asc nulls first, i.id",
                ReviewItem.class),
            repository)
        .setMaxResults(STALEST)
        .getResultStream()
        .map(
            item ->
                new QuarterProgress.Freshness(
                    item.id(),
                    item.runbook(),
                    item.title(),
                    item.lastReview(),
                    item.lastReview().map(last -> today.toEpochDay() - last.date().toEpochDay()),
                    item.dueDate(),
                    DueState.of(item.dueDate(), today)))
        .toList();
  }
}
