package io.hindsight.incident.application;

import io.hindsight.incident.domain.EntryKind;
import io.hindsight.incident.domain.EntryText;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Acknowledge, mitigate, resolve and reopen; each step is logged in the timeline. */
@ApplicationScoped
@Transactional
public class IncidentSteps {

  /** A lifecycle step. */
  public enum Step {
    ACKNOWLEDGE("Acknowledged"),
    MITIGATE("Mitigated"),
    RESOLVE("Resolved"),
    REOPEN("Reopened");

    private final String done;

    Step(String done) {
      this.done = done;
    }
  }

  @PersistenceContext EntityManager em;
  @Inject IncidentService service;
  @Inject Escalations escalations;
  @Inject Clock clock;
  @Inject Event<IncidentResolved> resolved;
  @Inject AuditTrail audit;

  public Incident take(
      IncidentKey key, Step step, Optional<Instant> at, Optional<EntryText> note, Caller caller) {
    Incident incident = service.visible(key, caller);
    Instant now = clock.instant();
    Instant when = at.orElse(now);
    Map<String, String> before = IncidentService.fields(incident);
    switch (step) {
      case ACKNOWLEDGE -> incident.acknowledge(when, now);
      case MITIGATE -> incident.mitigate(when, now);
      case RESOLVE -> incident.resolve(when, now);
      case REOPEN -> incident.reopen(when, now);
    }
    incident.addParticipant(caller.username());
    String text = step.done + " at " + when + "." + note.map(n -> " " + n.value()).orElse("");
    em.persist(
        TimelineEntry.recorded(
            incident,
            step == Step.REOPEN ? EntryKind.DECISION : EntryKind.ACTION,
            text.length() > EntryText.MAX_LENGTH ? text.substring(0, EntryText.MAX_LENGTH) : text,
            caller.username(),
            when,
            now));
    escalations.escalate(incident, now, true);
    audit.record(
        IncidentService.subject(incident),
        AuditAction.of(step.done.toLowerCase(Locale.ROOT)),
        FieldChanges.between(before, IncidentService.fields(incident)),
        note.map(EntryText::value));
    if (step == Step.RESOLVE) {
      resolved.fire(new IncidentResolved(incident, caller));
    }
    return incident;
  }
}
