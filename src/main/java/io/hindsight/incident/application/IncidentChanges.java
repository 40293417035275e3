package io.hindsight.incident.application;

import io.hindsight.incident.domain.IncidentCategory;
import io.hindsight.incident.domain.IncidentRoles;
import io.hindsight.incident.domain.IncidentTitle;
import io.hindsight.incident.domain.ServiceName;
import io.hindsight.incident.domain.Severity;
import java.time.Instant;
import java.util.Set;

/** An incident's editable fields as a whole, with the version they were based on. */
public record IncidentChanges(
    long basedOnVersion,
    IncidentTitle title,
    Severity severity,
    IncidentCategory category,
    Set<ServiceName> services,
    Instant startedAt,
    Instant detectedAt,
    boolean restricted,
    IncidentRoles roles) {}
