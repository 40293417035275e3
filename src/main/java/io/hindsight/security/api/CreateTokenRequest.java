package io.hindsight.security.api;

import io.hindsight.platform.text.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/tokens}: a name to recognise the token by, and optionally its lifetime in
 * days.
 */
public record CreateTokenRequest(
    @NotBlank(message = "must not be blank")
        @Size(max = 100, message = "must be at most 100 characters")
        @SingleLine
        String name,
    @Min(value = 1, message = "must be at least 1")
        @Max(value = 3650, message = "must be at most 3650")
        Integer expiresInDays) {}
