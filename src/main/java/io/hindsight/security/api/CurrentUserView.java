package io.hindsight.security.api;

import java.util.List;

/** {@code GET /api/v1/me}: who the API sees, and their roles. */
public record CurrentUserView(String username, String displayName, List<String> roles) {}
