package io.hindsight.runbook.application;

import io.hindsight.platform.text.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/repositories} and {@code PUT /api/v1/repositories/{key}}: the key only when
 * registering, the version only when updating.
 */
public record RepositoryRequest(
    @Size(max = 40, message = "must be at most 40 characters") @SingleLine String key,
    @NotBlank(message = "must not be blank")
        @Size(max = 200, message = "must be at most 200 characters")
        @SingleLine
        String name,
    @NotBlank(message = "must not be blank")
        @Size(max = 2000, message = "must be at most 2000 characters")
        @SingleLine
        String url,
    @NotBlank(message = "must not be blank")
        @Size(max = 255, message = "must be at most 255 characters")
        @SingleLine
        String branch,
    @Size(max = 1000, message = "must be at most 1000 characters") @SingleLine String folder,
    @Valid CredentialRequest credential,
    Long version) {}
