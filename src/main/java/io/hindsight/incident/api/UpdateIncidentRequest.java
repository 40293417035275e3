package io.hindsight.incident.api;

import io.hindsight.platform.text.SingleLine;
import java.time.Instant;
import java.util.List;

/** {@code PUT /api/v1/incidents/{key}}: every editable field, and the version it is based on. */
public record UpdateIncidentRequest(
    Long version,
    @SingleLine String title,
    String severity,
    String category,
    @SingleLine List<String> services,
    Instant startedAt,
    Instant detectedAt,
    Boolean restricted,
    @SingleLine String commander,
    @SingleLine String scribe,
    @SingleLine String liaison) {}
