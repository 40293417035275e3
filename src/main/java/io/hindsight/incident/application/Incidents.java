package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.IncidentStatus;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored incidents. Lists show only what the caller may see: unrestricted incidents, and
 * restricted ones they respond to (admins see all). Open incidents come first, newest first.
 */
@ApplicationScoped
public class Incidents {

  @PersistenceContext EntityManager em;

  /** The incidents with these keys, in one query. */
  public List<Incident> withKeys(Collection<IncidentKey> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i from Incident i where i.key in :keys", Incident.class)
        .setParameter("keys", keys.stream().map(IncidentKey::value).distinct().toList())
        .getResultList();
  }

  public Optional<Incident> find(IncidentKey key) {
    return em.createQuery("select i from Incident i where i.key = :key", Incident.class)
        .setParameter("key", key.value())
        .getResultStream()
        .findFirst();
  }

  public Optional<Incident> findVisible(IncidentKey key, Caller caller) {
    return find(key).filter(i -> i.isVisibleTo(caller.username(), caller.admin()));
  }

  public List<Incident> open() {
    return em.createQuery(
            "select i from Incident i where i.lifecycle.status <> :resolved", Incident.class)
        .setParameter("resolved", IncidentStatus.RESOLVED)
        .getResultList();
  }

  /** Locks the incident's row and rereads it, so that one change at a time acts on it. */
  public Incident lockForChange(Incident incident) {
    em.refresh(incident, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    return incident;
  }

  public Incident add(Incident incident) {
    em.persist(incident);
    return incident;
  }

  public ResultPage<Incident> search(
      IncidentFilter filter, Caller caller, Instant now, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!caller.admin()) {
      where.append(" and (i.restricted = false or :user member of i.participants)");
      parameters.put("user", caller.username().value());
    }
    filter
        .status()
        .ifPresent(
            s -> {
              where.append(" and i.lifecycle.status = :status");
              parameters.put("status", s);
            });
    filter
        .severity()
        .ifPresent(
            s -> {
              where.append(" and i.severity = :severity");
              parameters.put("severity", s);
            });
    filter
        .service()
        .ifPresent(
            s -> {
              where.append(" and :service member of i.services");
              parameters.put("service", s.value());
            });
    filter
        .open()
        .ifPresent(
            open -> {
              where.append(
                  open
                      ? " and i.lifecycle.status <> :resolved"
                      : " and i.lifecycle.status = :resolved");
              parameters.put("resolved", IncidentStatus.RESOLVED);
            });
    filter
        .breached()
        .ifPresent(
            breached -> {
              // Both conditions spelled out: "not" over a comparison with a null acknowledgement
              // is unknown in SQL, which would drop unacknowledged incidents from both lists.
              String isBreached =
                  "((i.lifecycle.acknowledgedAt is null and i.acknowledgeDueAt < :now)"
                      + " or (i.lifecycle.acknowledgedAt is not null"
                      + " and i.lifecycle.acknowledgedAt > i.acknowledgeDueAt))";
              String onTarget =
                  "((i.lifecycle.acknowledgedAt is null and i.acknowledgeDueAt >= :now)"
                      + " or (i.lifecycle.acknowledgedAt is not null"
                      + " and i.lifecycle.acknowledgedAt <= i.acknowledgeDueAt))";
              where.append(" and ").append(breached ? isBreached : onTarget);
              parameters.put("now", now);
            });
    TypedQuery<Long> count = em.createQuery("select count(i) from Incident i" + where, Long.class);
    TypedQuery<Incident> items =
        em.createQuery(
            "select i from Incident i"
                + where
                + " order by i.lifecycle.listRank, i.declaredAt desc, i.id desc",
            Incident.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    List<Incident> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
    return new ResultPage<>(found, page, size, count.getSingleResult());
  }
}
