package io.hindsight.security.application;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.security.domain.AuditEntry;
import io.hindsight.security.domain.AuditFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads the audit trail for admins, newest first, filtered in the database; and purges it. */
@ApplicationScoped
@Transactional
public class AuditLog {

  /** The most entries one export holds; narrow the filter for more. */
  public static final int MAX_EXPORT = 10_000;

  @PersistenceContext EntityManager em;

  public ResultPage<AuditRecord> page(AuditFilter filter, int page, int size) {
    long total =
        bind(
                em.createQuery("select count(e) from AuditEntry e" + where(filter), Long.class),
                filter)
            .getSingleResult();
    List<AuditRecord> items =
        entries(filter).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(AuditRecord::of)
            .toList();
    return new ResultPage<>(items, page, size, total);
  }

  /** Every matching entry, newest first, up to {@link #MAX_EXPORT}. */
  public List<AuditRecord> export(AuditFilter filter) {
    return entries(filter).setMaxResults(MAX_EXPORT).getResultList().stream()
        .map(AuditRecord::of)
        .toList();
  }

  /** Deletes the entries recorded before {@code cutoff}; how many. */
  public int purgeBefore(Instant cutoff) {
    return em.createQuery("delete from AuditEntry e where e.recordedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  private TypedQuery<AuditEntry> entries(AuditFilter filter) {
    return bind(
        em.createQuery(
            "select e from AuditEntry e" + where(filter) + " order by e.recordedAt desc, e.id desc",
            AuditEntry.class),
        filter);
  }

  private static String where(AuditFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    filter.actor().ifPresent(a -> where.append(" and e.actor = :actor"));
    filter.subjectKind().ifPresent(k -> where.append(" and e.subjectKind = :kind"));
    filter.subjectId().ifPresent(s -> where.append(" and e.subjectId = :subject"));
    filter.action().ifPresent(a -> where.append(" and e.action = :action"));
    filter.from().ifPresent(f -> where.append(" and e.recordedAt >= :from"));
    filter.until().ifPresent(u -> where.append(" and e.recordedAt < :until"));
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditFilter filter) {
    filter.actor().ifPresent(a -> query.setParameter("actor", a.value()));
    filter.subjectKind().ifPresent(k -> query.setParameter("kind", k));
    filter.subjectId().ifPresent(s -> query.setParameter("subject", s));
    filter.action().ifPresent(a -> query.setParameter("action", a.name()));
    filter.from().ifPresent(f -> query.setParameter("from", f));
    filter.until().ifPresent(u -> query.setParameter("until", u));
    return query;
  }
}
