package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;

/** Fired, inside the resolving transaction, each time an incident is resolved. */
public record IncidentResolved(Incident incident, Caller resolvedBy) {}
