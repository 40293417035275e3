package io.hindsight.incident.api;

import io.hindsight.platform.text.SingleLine;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code POST /api/v1/incidents/{key}/evidence/links}: an http(s) address and an optional title.
 */
public record EvidenceLinkRequest(
    @NotBlank(message = "is required") @SingleLine String url, @SingleLine String title) {}
