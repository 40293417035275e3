package io.hindsight.incident.api;

import io.hindsight.incident.application.Caller;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.ws.rs.core.SecurityContext;

/** The authenticated caller of an API request. */
public final class Callers {

  private Callers() {}

  public static Caller of(SecurityContext security) {
    return new Caller(
        Username.of(security.getUserPrincipal().getName()),
        security.isUserInRole(Role.ADMIN.groupName()));
  }
}
