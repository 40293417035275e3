package io.hindsight.incident.api;

import java.time.Instant;
import java.util.List;

/** {@code PUT /api/v1/incidents/{key}}: every editable field, and the version it is based on. */
public record UpdateIncidentRequest(
    Long version,
    String title,
    String severity,
    String category,
    List<String> services,
    Instant startedAt,
    Instant detectedAt,
    Boolean restricted,
    String commander,
    String scribe,
    String liaison) {}
