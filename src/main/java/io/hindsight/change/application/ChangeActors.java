package io.hindsight.change.application;

import io.hindsight.change.domain.Actor;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Role;
import java.util.EnumSet;
import java.util.Set;

/** The caller as the change rules see them: user name and roles. */
public final class ChangeActors {

  private ChangeActors() {}

  public static Actor of(CallerIdentity identity) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (identity.hasRole(role)) {
        roles.add(role);
      }
    }
    return new Actor(identity.username(), roles);
  }
}
