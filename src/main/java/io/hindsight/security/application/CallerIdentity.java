package io.hindsight.security.application;

import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling, for pages and the API alike: both are authenticated by the one Jakarta Security
 * mechanism, so one request-scoped view of its security context serves every feature.
 */
@RequestScoped
public class CallerIdentity {

  @Inject SecurityContext security;

  /** The signed-in caller; only for requests that require authentication. */
  public Caller caller() {
    return signedIn().orElseThrow(() -> new IllegalStateException("No caller is signed in"));
  }

  public Optional<Caller> signedIn() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    return Optional.of(new Caller(Username.of(principal.getName()), hasRole(Role.ADMIN)));
  }

  public Username username() {
    return caller().username();
  }

  public boolean responder() {
    return hasRole(Role.RESPONDER);
  }

  public boolean hasRole(Role role) {
    return security.isCallerInRole(role.groupName());
  }
}
