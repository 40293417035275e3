package io.hindsight.platform.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may scrape {@code /metrics}: anyone when no token is configured (as a Prometheus inside the
 * network expects), else only a request with {@code Authorization: Bearer <token>}.
 */
public final class ScrapeAccess {

  private static final String BEARER = "Bearer ";

  private final Optional<String> token;

  public ScrapeAccess(Optional<String> token) {
    this.token = token.map(String::strip).filter(value -> !value.isEmpty());
  }

  public boolean allows(String authorization) {
    if (token.isEmpty()) {
      return true;
    }
    if (authorization == null || !authorization.startsWith(BEARER)) {
      return false;
    }
    byte[] offered =
        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(offered, token.get().getBytes(StandardCharsets.UTF_8));
  }
}
