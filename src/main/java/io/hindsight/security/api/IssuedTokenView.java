package io.hindsight.security.api;

import io.hindsight.security.application.IssuedToken;
import java.time.Instant;

/** A token just issued: the only answer that carries the secret. */
public record IssuedTokenView(
    long id, String name, String prefix, Instant createdAt, Instant expiresAt, String token) {

  static IssuedTokenView of(IssuedToken issued) {
    return new IssuedTokenView(
        issued.token().id(),
        issued.token().name(),
        issued.token().displayPrefix(),
        issued.token().createdAt(),
        issued.token().expiresAt().orElse(null),
        issued.secret().value());
  }
}
