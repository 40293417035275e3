package io.hindsight.incident.api;

import io.hindsight.platform.text.SingleLine;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/incidents}. Started and detected default to now; restricted defaults to the
 * category's default (security and data incidents are restricted).
 */
public record DeclareIncidentRequest(
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
