package io.hindsight.incident.api;

import java.time.Instant;

/**
 * The optional body of acknowledge, mitigate, resolve and reopen: when (default now), and a note.
 */
public record StepRequest(Instant at, String note) {}
