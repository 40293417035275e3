package io.hindsight.security.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The door a change came through: a page (a browser session) or the API (an API token). */
public enum AuditChannel {
  PAGE,
  API;

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AuditChannel> parse(String raw) {
    return Arrays.stream(values()).filter(c -> c.spelling().equals(raw)).findFirst();
  }
}
