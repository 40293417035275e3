package io.hindsight.incident.domain;

import java.util.Optional;

/** What a timeline entry records. Only notes may be added once an incident is resolved. */
public enum EntryKind {
  ACTION,
  OBSERVATION,
  DECISION,
  STATUS_UPDATE,
  ESCALATION,
  NOTE;

  public boolean allowedAfterResolution() {
    return this == NOTE;
  }

  public static Optional<EntryKind> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (EntryKind kind : values()) {
      if (kind.name().equalsIgnoreCase(raw.strip()) && raw.strip().chars().allMatch(c -> c < 128)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
