package io.hindsight.incident.application;

import io.hindsight.incident.domain.EntryKind;
import io.hindsight.incident.domain.EscalationContact;
import io.hindsight.incident.domain.EscalationPolicy;
import io.hindsight.incident.domain.EscalationRecord;
import io.hindsight.incident.domain.EscalationRule;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries out the escalation chain: each rule that is due and has not fired yet becomes an
 * escalation entry in the timeline and an {@link EscalationFired} event, on which the messages to
 * its contacts are queued in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Escalations {

  @PersistenceContext EntityManager em;
  @Inject EscalationContacts contacts;
  @Inject Event<EscalationFired> escalationFired;
  @Inject EscalationDeliveries deliveries;

  /**
   * Escalates what is due while the incident is open; a resolved incident pages nobody (until it is
   * reopened). {@code lock} serializes with other transactions escalating the same incident; a
   * newly declared incident needs none.
   */
  public void escalate(Incident incident, Instant now, boolean lock) {
    if (lock) {
      em.lock(incident, LockModeType.PESSIMISTIC_WRITE);
    }
    if (!incident.status().isOpen()) {
      return;
    }
    Map<EscalationRule, EscalationRecord> fired = fired(incident);
    for (EscalationRule rule : EscalationPolicy.due(incident, now)) {
      if (!fired.containsKey(rule)) {
        fire(incident, rule, now);
      }
    }
  }

  /** Who must be told while the incident is open; once it is resolved, who was told. */
  public List<EscalationStatus> state(Incident incident, Instant now) {
    Map<EscalationRule, EscalationRecord> fired = fired(incident);
    List<EscalationRule> rules =
        incident.status().isOpen()
            ? EscalationPolicy.due(incident, now)
            : fired.keySet().stream().sorted().toList();
    Map<String, List<EscalationDeliveries.Delivery>> messages =
        fired.isEmpty()
            ? Map.of()
            : deliveries.of(incident.key()).stream()
                .collect(Collectors.groupingBy(EscalationDeliveries.Delivery::rule));
    return rules.stream()
        .map(
            rule ->
                new EscalationStatus(
                    rule,
                    java.util.Optional.ofNullable(fired.get(rule))
                        .map(EscalationRecord::escalatedAt),
                    contacts.withRole(rule.role()).stream().map(EscalationContact::name).toList(),
                    messages.getOrDefault(rule.name(), List.of())))
        .toList();
  }

  private Map<EscalationRule, EscalationRecord> fired(Incident incident) {
    return em.createQuery(
            "select r from EscalationRecord r where r.incidentId = :id", EscalationRecord.class)
        .setParameter("id", incident.id())
        .getResultStream()
        .collect(Collectors.toMap(EscalationRecord::rule, Function.identity()));
  }

  private void fire(Incident incident, EscalationRule rule, Instant now) {
    em.persist(new EscalationRecord(incident, rule, now));
    List<EscalationContact> people = contacts.withRole(rule.role());
    String role = rule.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String who =
        people.isEmpty()
            ? "no " + role + " is configured"
            : people.stream().map(EscalationContact::name).collect(Collectors.joining(", "));
    em.persist(
        TimelineEntry.recorded(
            incident,
            EntryKind.ESCALATION,
            "Escalated to the " + role + " (" + who + "): " + rule.reason(),
            null,
            now));
    escalationFired.fire(new EscalationFired(incident, rule, people, now));
  }
}
