package io.hindsight.incident.application;

import io.hindsight.incident.domain.SeverityDefinition;
import io.hindsight.incident.domain.SeverityPolicy;
import io.hindsight.incident.domain.StoredSeverityPolicy;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The stored versions of the severity policy; the first comes from the migration. */
@ApplicationScoped
@Transactional
public class SeverityPolicies {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  private final Map<Integer, SeverityPolicy> versions = new ConcurrentHashMap<>();

  public SeverityPolicy current() {
    return em.createQuery(
            "select p from StoredSeverityPolicy p order by p.version desc",
            StoredSeverityPolicy.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(StoredSeverityPolicy::policy)
        .orElseGet(SeverityPolicy::defaults);
  }

  /**
   * A stored version, kept in memory once read: a version never changes (a revision stores the
   * next), so every node may keep it, and each incident of a list reads its own.
   */
  public Optional<SeverityPolicy> version(int version) {
    SeverityPolicy known = versions.get(version);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<SeverityPolicy> stored =
        Optional.ofNullable(em.find(StoredSeverityPolicy.class, version))
            .map(StoredSeverityPolicy::policy);
    stored.ifPresent(policy -> versions.put(version, policy));
    return stored;
  }

  /** Each severity's definition, field by field, as the audit trail records it. */
  private static Map<String, String> fields(SeverityPolicy policy) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (SeverityDefinition d : policy.definitions()) {
      String p = d.severity().name() + ".";
      fields.put(p + "name", d.name());
      fields.put(p + "description", d.description());
      fields.put(p + "examples", String.join(" | ", d.examples()));
      fields.put(p + "responseTarget", d.responseTarget().toString());
      fields.put(p + "notificationPolicy", d.notificationPolicy());
      fields.put(
          p + "statusUpdateCadence", d.statusUpdateEvery().map(Object::toString).orElse(null));
    }
    return fields;
  }

  /** A new version, when {@code basedOn} is still the current one. */
  public SeverityPolicy revise(int basedOn, List<SeverityDefinition> definitions, Username by) {
    SeverityPolicy current = current();
    StaleVersion.check("the severity policy", basedOn, current.version());
    SeverityPolicy revised = current.revise(definitions);
    try {
      em.persist(new StoredSeverityPolicy(revised, by, clock.instant()));
      em.flush();
    } catch (PersistenceException sameVersionSavedMeanwhile) {
      throw new StaleVersion("the severity policy", current.version() + 1);
    }
    Map<String, String> before = fields(current);
    before.put("version", String.valueOf(current.version()));
    Map<String, String> after = fields(revised);
    after.put("version", String.valueOf(revised.version()));
    audit.record(
        AuditSubject.of("severity-policy", "current"),
        AuditAction.UPDATED,
        FieldChanges.between(before, after));
    return revised;
  }
}
