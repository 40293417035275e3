package io.hindsight.security.application;

import io.hindsight.security.domain.Role;
import java.util.Set;

/** What an admin changes of an account. */
public record AccountChanges(String displayName, Set<Role> roles, boolean enabled) {

  public AccountChanges {
    roles = Set.copyOf(roles);
  }
}
