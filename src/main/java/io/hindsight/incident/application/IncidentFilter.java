package io.hindsight.incident.application;

import io.hindsight.incident.domain.IncidentStatus;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.Severity;
import java.util.Optional;

/** Which incidents a list shows; empty means any. */
public record IncidentFilter(
    Optional<IncidentStatus> status,
    Optional<Severity> severity,
    Optional<ServiceName> service,
    Optional<Boolean> breached,
    Optional<Boolean> open) {

  public static IncidentFilter all() {
    return new IncidentFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
