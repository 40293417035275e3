package io.hindsight.incident.api;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/incidents}. Started and detected default to now; restricted defaults to the
 * category's default (security and data incidents are restricted).
 */
public record DeclareIncidentRequest(
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
