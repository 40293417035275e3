package io.hindsight.security.api;

import java.util.List;

/** {@code GET /api/v1/me}: who the API sees, their roles, and where their notifications go. */
public record CurrentUserView(
    String username, String displayName, List<String> roles, String email) {}
