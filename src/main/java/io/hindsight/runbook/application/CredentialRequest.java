package io.hindsight.runbook.application;

import jakarta.validation.constraints.Size;

/**
 * A credential for a remote: {@code kind} is {@code none}, {@code token} or {@code ssh-key}; {@code
 * secret} is the token or private key. Never echoed back.
 */
public record CredentialRequest(
    @Size(max = 20, message = "must be at most 20 characters") String kind,
    @Size(max = 3000, message = "must be at most 3000 characters") String token) {}
