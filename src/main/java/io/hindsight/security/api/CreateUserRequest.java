package io.hindsight.security.api;

import io.hindsight.platform.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/v1/users}. */
public record CreateUserRequest(
    @NotBlank(message = "must not be blank")
        @Size(max = 64, message = "must be at most 64 characters")
        @SingleLine
        String username,
    @Size(max = 200, message = "must be at most 200 characters") @SingleLine String displayName,
    @NotBlank(message = "must not be blank")
        @Size(max = 1024, message = "must be at most 1024 characters")
        @SingleLine
        String password,
    @NotEmpty(message = "must name at least one role") List<String> roles) {}
