package io.hindsight.security.api;

import io.hindsight.security.domain.ApiToken;
import java.time.Instant;

/** An API token as listed: never its secret. */
public record TokenView(
    long id,
    String name,
    String prefix,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  static TokenView of(ApiToken token) {
    return new TokenView(
        token.id(),
        token.name(),
        token.displayPrefix(),
        token.createdAt(),
        token.expiresAt().orElse(null),
        token.lastUsedAt().orElse(null),
        token.revokedAt().orElse(null));
  }
}
