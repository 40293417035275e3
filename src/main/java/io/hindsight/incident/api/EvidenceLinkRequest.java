package io.hindsight.incident.api;

import jakarta.validation.constraints.NotBlank;

/**
 * {@code POST /api/v1/incidents/{key}/evidence/links}: an http(s) address and an optional title.
 */
public record EvidenceLinkRequest(@NotBlank(message = "is required") String url, String title) {}
