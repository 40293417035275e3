package io.hindsight.incident.domain;

import java.util.Optional;

/** What kind of incident it is. Security and data incidents are restricted by default. */
public enum IncidentCategory {
  OUTAGE(false),
  DEGRADATION(false),
  SECURITY(true),
  DATA(true),
  DEPLOYMENT(false);

  private final boolean restrictedByDefault;

  IncidentCategory(boolean restrictedByDefault) {
    this.restrictedByDefault = restrictedByDefault;
  }

  public boolean restrictedByDefault() {
    return restrictedByDefault;
  }

  public static Optional<IncidentCategory> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (IncidentCategory category : values()) {
      if (category.name().equalsIgnoreCase(raw.strip())
          && raw.strip().chars().allMatch(c -> c < 128)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }
}
