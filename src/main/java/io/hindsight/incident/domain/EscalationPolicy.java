package io.hindsight.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's escalation chain: who must have been told by now. The primary on-call at declaration;
 * the secondary when nobody acknowledged within 15 minutes of declaration; the engineering manager
 * for every P0; the CTO for security and data incidents, and for outages open more than 2 hours
 * since they started (the time an outage stood resolved before it was reopened does not count).
 * Each limit is exclusive: at exactly 15 minutes nobody is escalated yet.
 */
public final class EscalationPolicy {

  public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofMinutes(15);
  public static final Duration LONG_OUTAGE = Duration.ofHours(2);

  private EscalationPolicy() {}

  public static List<EscalationRule> due(Incident incident, Instant now) {
    List<EscalationRule> rules = new ArrayList<>();
    rules.add(EscalationRule.DECLARED);
    Instant ackDeadline = incident.declaredAt().plus(ACKNOWLEDGE_WITHIN);
    Instant acknowledged = incident.lifecycle().acknowledgedAt().orElse(now);
    if (acknowledged.isAfter(ackDeadline) && now.isAfter(ackDeadline)) {
      rules.add(EscalationRule.NOT_ACKNOWLEDGED);
    }
    if (incident.severity() == Severity.P0) {
      rules.add(EscalationRule.CRITICAL);
    }
    if (incident.category() == IncidentCategory.SECURITY
        || incident.category() == IncidentCategory.DATA) {
      rules.add(EscalationRule.SECURITY);
    } else if (incident.category() == IncidentCategory.OUTAGE
        && incident.openTime(now).compareTo(LONG_OUTAGE) > 0) {
      rules.add(EscalationRule.LONG_OUTAGE);
    }
    return rules;
  }
}
