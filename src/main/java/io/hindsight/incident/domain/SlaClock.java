package io.hindsight.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Measures an incident against its targets: time to acknowledge against the response target
 * (breached only when strictly later), time to mitigate and resolve (all from detection), the
 * duration from the start to the resolution, and for severities with a status-update cadence the
 * next update due while the incident is open.
 */
public final class SlaClock {

  private SlaClock() {}

  public static SlaState of(Incident incident, SeverityDefinition definition, Instant now) {
    Instant detected = incident.detectedAt();
    Instant due = incident.acknowledgeDueAt();
    Lifecycle lifecycle = incident.lifecycle();
    Optional<Instant> acknowledged = lifecycle.acknowledgedAt();
    boolean breached = acknowledged.orElse(now).isAfter(due);
    Optional<Instant> updateDue = Optional.empty();
    boolean overdue = false;
    if (incident.status().isOpen() && definition.statusUpdateEvery().isPresent()) {
      Instant base = incident.lastStatusUpdateAt().orElse(incident.declaredAt());
      Instant next = base.plus(definition.statusUpdateEvery().get());
      updateDue = Optional.of(next);
      overdue = now.isAfter(next);
    }
    return new SlaState(
        Duration.between(detected, due),
        due,
        acknowledged.map(at -> Duration.between(detected, at)),
        breached,
        lifecycle.mitigatedAt().map(at -> Duration.between(detected, at)),
        lifecycle.resolvedAt().map(at -> Duration.between(detected, at)),
        lifecycle.resolvedAt().map(at -> Duration.between(incident.startedAt(), at)),
        updateDue,
        overdue);
  }
}
