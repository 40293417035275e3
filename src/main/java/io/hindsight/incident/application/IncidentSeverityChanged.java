package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.security.domain.Caller;

/** Fired, inside the editing transaction, when an incident's severity changed. */
public record IncidentSeverityChanged(Incident incident, Caller changedBy) {}
