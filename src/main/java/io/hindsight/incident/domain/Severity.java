package io.hindsight.incident.domain;

import java.util.Optional;

/** How bad an incident is, from P0 (critical) to P3 (low). */
public enum Severity {
  P0,
  P1,
  P2,
  P3;

  public static Optional<Severity> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (Severity severity : values()) {
      if (severity.name().equals(raw.strip())) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
