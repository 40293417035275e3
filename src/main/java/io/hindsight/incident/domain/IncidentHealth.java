package io.hindsight.incident.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Open incidents at one moment, counted by severity: all of them, those past their response target,
 * and those whose status update is overdue. What an on-call dashboard and its alerts read.
 */
public final class IncidentHealth {

  private final Map<Severity, Integer> open = new EnumMap<>(Severity.class);
  private final Map<Severity, Integer> breached = new EnumMap<>(Severity.class);
  private final Map<Severity, Integer> updateOverdue = new EnumMap<>(Severity.class);

  private IncidentHealth() {}

  public static IncidentHealth none() {
    return new IncidentHealth();
  }

  /**
   * @param definitions the severity definition each incident is measured against (its policy's)
   */
  public static IncidentHealth of(
      Collection<Incident> incidents,
      Function<Incident, SeverityDefinition> definitions,
      Instant now) {
    IncidentHealth health = new IncidentHealth();
    for (Incident incident : incidents) {
      if (!incident.status().isOpen()) {
        continue;
      }
      SlaState sla = SlaClock.of(incident, definitions.apply(incident), now);
      Severity severity = incident.severity();
      health.open.merge(severity, 1, Integer::sum);
      if (sla.breached()) {
        health.breached.merge(severity, 1, Integer::sum);
      }
      if (sla.statusUpdateOverdue()) {
        health.updateOverdue.merge(severity, 1, Integer::sum);
      }
    }
    return health;
  }

  public int open(Severity severity) {
    return open.getOrDefault(severity, 0);
  }

  public int breached(Severity severity) {
    return breached.getOrDefault(severity, 0);
  }

  public int statusUpdateOverdue(Severity severity) {
    return updateOverdue.getOrDefault(severity, 0);
  }
}
