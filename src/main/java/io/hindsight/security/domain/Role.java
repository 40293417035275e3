package io.hindsight.security.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Roles are cumulative: each role implies every role declared before it. */
public enum Role {
  VIEWER,
  RESPONDER,
  REVIEWER,
  ADMIN;

  /** This role and every role it implies. */
  public Set<Role> impliedRoles() {
    return Collections.unmodifiableSet(EnumSet.range(VIEWER, this));
  }

  public boolean implies(Role other) {
    return compareTo(other) >= 0;
  }

  /** The Jakarta Security group name for this role. */
  public String groupName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String candidate = name.strip();
    // ASCII only: equalsIgnoreCase would otherwise accept look-alikes such as a dotless "ı".
    if (!candidate.chars().allMatch(c -> c < 128)) {
      return Optional.empty();
    }
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(candidate)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
