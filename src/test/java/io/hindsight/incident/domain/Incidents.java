package io.hindsight.incident.domain;

import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.Set;

/** Incidents for unit tests. */
final class Incidents {

  static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");

  private Incidents() {}

  static Incident declared(Severity severity, IncidentCategory category, Instant at) {
    return declared(severity, category, at, at);
  }

  static Incident declared(
      Severity severity, IncidentCategory category, Instant startedAt, Instant declaredAt) {
    return Incident.declare(
        new IncidentKey(2026, 42),
        new Declaration(
            IncidentTitle.of("Checkout errors"),
            severity,
            category,
            Set.of(ServiceName.of("checkout-api")),
            startedAt,
            startedAt,
            category.restrictedByDefault()),
        SeverityPolicy.defaults(),
        Username.of("responder"),
        declaredAt);
  }
}
