package io.hindsight.change.domain;

import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Who acts on a change request, with the roles security gave them. */
public record Actor(Username username, Set<Role> roles) {

  public Actor {
    Objects.requireNonNull(username, "username");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Actor of(Username username, Role highest) {
    return new Actor(username, highest.impliedRoles());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
