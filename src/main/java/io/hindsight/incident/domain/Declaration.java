package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What a responder says when declaring an incident. Times may lie in the past. */
public record Declaration(
    IncidentTitle title,
    Severity severity,
    IncidentCategory category,
    Set<ServiceName> services,
    Instant startedAt,
    Instant detectedAt,
    boolean restricted) {

  public static final int MAX_SERVICES = 20;

  public Declaration {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(detectedAt, "detectedAt");
    services = Set.copyOf(services);
    if (services.size() > MAX_SERVICES) {
      throw FieldRefused.field("services", "must have at most " + MAX_SERVICES + " entries");
    }
    IncidentTimes.notBefore("detectedAt", detectedAt, "startedAt", startedAt);
  }
}
