package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.security.domain.Caller;

/** Fired, inside the resolving transaction, each time an incident is resolved. */
public record IncidentResolved(Incident incident, Caller resolvedBy) {}
