package io.hindsight.incident.application;

import io.hindsight.incident.domain.Declaration;
import io.hindsight.incident.domain.EntryKind;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.IncidentRoles;
import io.hindsight.incident.domain.IncidentTimes;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.SeverityPolicy;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Declares incidents, reads them for a caller, and edits their fields. */
@ApplicationScoped
@Transactional
public class IncidentService {

  @PersistenceContext EntityManager em;
  @Inject Incidents incidents;
  @Inject IncidentKeys keys;
  @Inject SeverityPolicies policies;
  @Inject Escalations escalations;
  @Inject Clock clock;
  @Inject Event<IncidentSeverityChanged> severityChanged;
  @Inject AuditTrail audit;

  public Incident declare(Declaration declaration, IncidentRoles roles, Caller caller) {
    Instant now = clock.instant();
    IncidentTimes.notInFuture("startedAt", declaration.startedAt(), now);
    IncidentTimes.notInFuture("detectedAt", declaration.detectedAt(), now);
    SeverityPolicy policy = policies.current();
    IncidentKey key = keys.next(now.atZone(ZoneOffset.UTC).getYear());
    Incident incident = Incident.declare(key, declaration, policy, caller.username(), now);
    incident.assignRoles(roles);
    incidents.add(incident);
    em.persist(
        TimelineEntry.recorded(
            incident,
            EntryKind.DECISION,
            "Declared a "
                + declaration.severity()
                + " "
                + declaration.category().name().toLowerCase(Locale.ROOT)
                + " incident"
                + (declaration.restricted() ? " (restricted)" : "")
                + ".",
            caller.username(),
            now));
    escalations.escalate(incident, now, false);
    audit.record(
        subject(incident), AuditAction.of("declared"), FieldChanges.created(fields(incident)));
    return incident;
  }

  public Incident visible(IncidentKey key, Caller caller) {
    return incidents
        .findVisible(key, caller)
        .orElseThrow(() -> NotFound.of("incident", key.value()));
  }

  public ResultPage<Incident> search(IncidentFilter filter, Caller caller, int page, int size) {
    return incidents.search(filter, caller, clock.instant(), page, size);
  }

  public SeverityPolicy policyOf(Incident incident) {
    return policies.version(incident.policyVersion()).orElseGet(policies::current);
  }

  public Incident update(IncidentKey key, IncidentChanges changes, Caller caller) {
    Incident incident = visible(key, caller);
    StaleVersion.check("incident " + key.value(), changes.basedOnVersion(), incident.version());
    Instant now = clock.instant();
    Map<String, String> fieldsBefore = fields(incident);
    SeverityPolicy policy = policyOf(incident);
    var before = incident.severity();
    Instant dueBefore = incident.acknowledgeDueAt();
    boolean wasRestricted = incident.restricted();
    boolean severityChangedNow =
        incident.changeSeverity(
            changes.severity(), policy.definition(changes.severity()).responseTarget(), now);
    if (severityChangedNow) {
      log(
          incident,
          "Severity changed from "
              + before
              + " to "
              + changes.severity()
              + "."
              + (incident.acknowledgeDueAt().equals(dueBefore)
                  ? " The acknowledgement target stays " + dueBefore + "."
                  : " Acknowledgement due by " + incident.acknowledgeDueAt() + "."),
          caller);
    }
    incident.retime(changes.startedAt(), changes.detectedAt(), now);
    incident.describe(
        changes.title(), changes.category(), changes.restricted(), changes.services());
    if (wasRestricted != changes.restricted()) {
      log(
          incident,
          changes.restricted()
              ? "Restricted the incident to its responders."
              : "Lifted the restriction: everyone can see the incident.",
          caller);
    }
    incident.assignRoles(changes.roles());
    incident.addParticipant(caller.username());
    escalations.escalate(incident, now, true);
    if (severityChangedNow) {
      severityChanged.fire(new IncidentSeverityChanged(incident, caller));
    }
    audit.recordUpdate(subject(incident), fieldsBefore, fields(incident));
    return incident;
  }

  static AuditSubject subject(Incident incident) {
    return AuditSubject.of("incident", incident.key().value());
  }

  /** What the audit trail records of an incident; its log keeps the rest. */
  static Map<String, String> fields(Incident incident) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", incident.title().value());
    fields.put("severity", incident.severity().name());
    fields.put("category", incident.category().name().toLowerCase(Locale.ROOT));
    fields.put("status", incident.status().name().toLowerCase(Locale.ROOT));
    fields.put("restricted", String.valueOf(incident.restricted()));
    fields.put(
        "services",
        incident.services().stream()
            .map(ServiceName::value)
            .sorted()
            .collect(Collectors.joining(", ")));
    fields.put("startedAt", incident.startedAt().toString());
    fields.put("detectedAt", incident.detectedAt().toString());
    IncidentRoles roles = incident.roles();
    fields.put("commander", roles.commander().map(Username::value).orElse(null));
    fields.put("scribe", roles.scribe().map(Username::value).orElse(null));
    fields.put("liaison", roles.liaison().map(Username::value).orElse(null));
    return fields;
  }

  private void log(Incident incident, String text, Caller caller) {
    em.persist(
        TimelineEntry.recorded(
            incident, EntryKind.DECISION, text, caller.username(), clock.instant()));
  }
}
