package io.hindsight.runbook.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/repositories} and {@code PUT /api/v1/repositories/{key}}: the key only when
 * registering, the version only when updating.
 */
public record RepositoryRequest(
    @Size(max = 40, message = "must be at most 40 characters") String key,
    @NotBlank(message = "must not be blank")
        @Size(max = 200, message = "must be at most 200 characters")
        String name,
    @NotBlank(message = "must not be blank")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String url,
    @NotBlank(message = "must not be blank")
        @Size(max = 255, message = "must be at most 255 characters")
        String branch,
    @Size(max = 1000, message = "must be at most 1000 characters") String folder,
    @Valid CredentialRequest credential,
    Long version) {}
