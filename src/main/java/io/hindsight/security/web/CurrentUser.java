package io.hindsight.security.web;

import io.hindsight.security.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The signed-in user, for pages. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  public String getName() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  public boolean has(Role role) {
    return security.isCallerInRole(role.groupName());
  }
}
