package io.hindsight.incident.web;

import io.hindsight.incident.application.Caller;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in user of a page, and what they may do with incidents. */
@RequestScoped
public class WebCaller {

  @Inject SecurityContext security;

  public Caller caller() {
    return new Caller(
        Username.of(security.getCallerPrincipal().getName()),
        security.isCallerInRole(Role.ADMIN.groupName()));
  }

  public boolean responder() {
    return hasRole(Role.RESPONDER);
  }

  public boolean hasRole(Role role) {
    return security.isCallerInRole(role.groupName());
  }
}
