package io.hindsight.incident.domain;

import java.util.Optional;

/** The people in the escalation chain. */
public enum EscalationRole {
  PRIMARY_ON_CALL,
  SECONDARY_ON_CALL,
  ENGINEERING_MANAGER,
  CTO;

  public static Optional<EscalationRole> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (EscalationRole role : values()) {
      if (role.name().equals(raw.strip())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
