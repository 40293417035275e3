package io.hindsight.security.api;

import io.hindsight.platform.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code PUT /api/v1/users/{username}}: the whole editable state, and the version it was based on.
 */
public record UpdateUserRequest(
    @NotBlank(message = "must not be blank")
        @Size(max = 200, message = "must be at most 200 characters")
        @SingleLine
        String displayName,
    @NotEmpty(message = "must name at least one role") List<String> roles,
    @NotNull(message = "is required") Boolean enabled,
    @NotNull(message = "is required: send the version you loaded") Long version) {}
