package io.hindsight.security.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.text.SingleLine;
import io.hindsight.security.application.AccountService;
import io.hindsight.security.domain.Role;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;

/** The caller as the API sees them. */
@Path("me")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject AccountService accounts;
  @Context SecurityContext security;

  @GET
  public CurrentUserView me() {
    UserAccount account =
        accounts
            .find(Username.of(security.getUserPrincipal().getName()))
            .orElseThrow(NotFoundException::new);
    return new CurrentUserView(
        account.username().value(),
        account.displayName(),
        Arrays.stream(Role.values())
            .filter(role -> security.isUserInRole(role.groupName()))
            .map(Role::groupName)
            .toList(),
        account.email().orElse(null));
  }

  /** {@code PUT /api/v1/me/email}: {@code {"email": "…"}}; blank or null removes the address. */
  public record EmailRequest(@SingleLine String email) {}

  @PUT
  @Path("email")
  @Consumes(MediaType.APPLICATION_JSON)
  public CurrentUserView changeEmail(EmailRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    accounts.changeEmail(
        Username.of(security.getUserPrincipal().getName()), EmailRequests.address(request.email()));
    return me();
  }
}
