package io.hindsight.postmortem.application;

import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemRevision;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored post-mortems and their revisions. Lists hold only post-mortems of incidents the caller
 * may see; the newest deadline last.
 */
@ApplicationScoped
public class Postmortems {

  private static final String ORDER = " order by p.dueAt desc, p.id desc";

  @PersistenceContext EntityManager em;

  public Optional<Postmortem> find(PostmortemKey key) {
    return em.createQuery("select p from Postmortem p where p.key = :key", Postmortem.class)
        .setParameter("key", key.value())
        .getResultStream()
        .findFirst();
  }

  public Optional<Postmortem> ofIncident(Long incidentId) {
    return em.createQuery(
            "select p from Postmortem p where p.incidentId = :incident", Postmortem.class)
        .setParameter("incident", incidentId)
        .getResultStream()
        .findFirst();
  }

  public List<Postmortem> all() {
    return em.createQuery("select p from Postmortem p order by p.id", Postmortem.class)
        .getResultList();
  }

  /** Post-mortems still counting against their deadline: neither published nor waived. */
  public List<Postmortem> unfinished() {
    return em.createQuery(
            "select p from Postmortem p where p.status not in :closed order by p.id",
            Postmortem.class)
        .setParameter("closed", List.of(PostmortemStatus.PUBLISHED, PostmortemStatus.WAIVED))
        .getResultList();
  }

  public Postmortem add(Postmortem postmortem) {
    em.persist(postmortem);
    return postmortem;
  }

  /** The post-mortems with these keys, in one query. */
  public List<Postmortem> withKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Postmortem p where p.key in :keys", Postmortem.class)
        .setParameter("keys", keys)
        .getResultList();
  }

  /**
   * The keys of the post-mortems {@code caller} may not see: those of restricted incidents they do
   * not respond to (none for admins).
   */
  public List<String> hiddenFrom(Caller caller) {
    if (caller.admin()) {
      return List.of();
    }
    return em.createQuery(
            "select p.key from Postmortem p, Incident i where i.id = p.incidentId"
                + " and i.restricted = true and not (:user member of i.participants)",
            String.class)
        .setParameter("user", caller.username().value())
        .getResultList();
  }

  /** The keys of every post-mortem. */
  public List<String> allKeys() {
    return em.createQuery("select p.key from Postmortem p", String.class).getResultList();
  }

  /** A post-mortem of a list before it is loaded: its id and what its due state is worked from. */
  public record Listed(long id, Instant resolvedAt, Instant dueAt, PostmortemStatus status) {}

  /**
   * Every post-mortem matching the stored fields of the filter, in list order, as ids and deadline
   * fields only; due state is left to the caller, which then loads one page ({@link #withIds}).
   */
  public List<Listed> matching(PostmortemFilter filter, Caller caller) {
    Conditions conditions = conditions(filter, caller);
    TypedQuery<Object[]> query =
        em.createQuery(
            "select p.id, p.resolvedAt, p.dueAt, p.status from Postmortem p"
                + conditions.where()
                + ORDER,
            Object[].class);
    conditions.parameters().forEach(query::setParameter);
    return query.getResultList().stream()
        .map(
            row ->
                new Listed(
                    (Long) row[0], (Instant) row[1], (Instant) row[2], (PostmortemStatus) row[3]))
        .toList();
  }

  /**
   * The ids of one page of the post-mortems matching the stored fields of the filter, in list
   * order, and how many match: for a filter without due state, which needs no row in memory but the
   * page's.
   */
  public Page idsOfPage(PostmortemFilter filter, Caller caller, int first, int max) {
    Conditions conditions = conditions(filter, caller);
    TypedQuery<Long> count =
        em.createQuery("select count(p) from Postmortem p" + conditions.where(), Long.class);
    conditions.parameters().forEach(count::setParameter);
    long total = count.getSingleResult();
    if (first >= total) {
      return new Page(List.of(), total);
    }
    TypedQuery<Long> ids =
        em.createQuery("select p.id from Postmortem p" + conditions.where() + ORDER, Long.class);
    conditions.parameters().forEach(ids::setParameter);
    return new Page(ids.setFirstResult(first).setMaxResults(max).getResultList(), total);
  }

  /** The ids of a page of post-mortems, and how many there are in all. */
  public record Page(List<Long> ids, long total) {}

  private record Conditions(String where, Map<String, Object> parameters) {}

  /**
   * The filter as conditions on {@code Postmortem p} alone, the incident's in subqueries: without a
   * join, an admin's unfiltered count is the table's and a page is read from the due-date index. H2
   * runs {@code not in (subquery)} once per row (30 s for 5,000 post-mortems), hence {@code not
   * exists}.
   */
  private static Conditions conditions(PostmortemFilter filter, Caller caller) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!caller.admin()) {
      where.append(
          " and not exists (select i.id from Incident i where i.id = p.incidentId"
              + " and i.restricted = true and not (:user member of i.participants))");
      parameters.put("user", caller.username().value());
    }
    filter
        .incident()
        .ifPresent(
            key -> {
              where.append(
                  " and p.incidentId = (select i.id from Incident i where i.key = :incident)");
              parameters.put("incident", key.value());
            });
    filter
        .status()
        .ifPresent(
            status -> {
              where.append(" and p.status = :status");
              parameters.put("status", status);
            });
    filter
        .severity()
        .ifPresent(
            severity -> {
              where.append(" and p.severity = :severity");
              parameters.put("severity", severity);
            });
    filter
        .author()
        .ifPresent(
            author -> {
              where.append(" and :author member of p.authorship.authors");
              parameters.put("author", author.value());
            });
    filter
        .reviewer()
        .ifPresent(
            reviewer -> {
              where.append(" and :reviewer member of p.authorship.reviewers");
              parameters.put("reviewer", reviewer.value());
            });
    return new Conditions(where.toString(), parameters);
  }

  /** The post-mortems with these ids, in the order of the ids. */
  public List<Postmortem> withIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Postmortem> byId = new HashMap<>();
    em.createQuery("select p from Postmortem p where p.id in :ids", Postmortem.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(postmortem -> byId.put(postmortem.id(), postmortem));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /**
   * Locks the post-mortem's row and rereads it, so that concurrent changes queue up and each sees
   * the version the previous one left.
   */
  public Postmortem lockForChange(Postmortem postmortem) {
    em.refresh(postmortem, LockModeType.PESSIMISTIC_WRITE);
    return postmortem;
  }

  public void flush() {
    em.flush();
  }

  public void addRevision(PostmortemRevision revision) {
    em.persist(revision);
  }

  public List<PostmortemRevision> revisions(Postmortem postmortem) {
    return em.createQuery(
            "select r from PostmortemRevision r where r.postmortemId = :id order by r.number",
            PostmortemRevision.class)
        .setParameter("id", postmortem.id())
        .getResultList();
  }

  public Optional<PostmortemRevision> revision(Postmortem postmortem, int number) {
    return em.createQuery(
            "select r from PostmortemRevision r where r.postmortemId = :id and r.number = :number",
            PostmortemRevision.class)
        .setParameter("id", postmortem.id())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
