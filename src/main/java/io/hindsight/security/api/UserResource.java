package io.hindsight.security.api;

import io.hindsight.platform.api.Problems;
import io.hindsight.platform.api.RequestValidator;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.application.AccountChanges;
import io.hindsight.security.application.AccountService;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Admin: users and their roles. */
@Path("users")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject AccountService accounts;
  @Inject RequestValidator validator;
  @Context UriInfo uri;

  @GET
  public List<UserView> list() {
    return accounts.all().stream().map(UserView::of).toList();
  }

  @GET
  @Path("{username}")
  @APIResponseSchema(
      value = UserView.class,
      responseCode = "200",
      responseDescription = "The user.")
  public Response get(@PathParam("username") String username) {
    return parse(username)
        .flatMap(accounts::find)
        .map(account -> Response.ok(UserView.of(account)).build())
        .orElseGet(() -> notFound(username));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = UserView.class,
      responseCode = "201",
      responseDescription = "The user as stored; Location is its address.")
  public Response create(CreateUserRequest request) {
    CreateUserRequest valid = validator.valid(request);
    Username username =
        parse(valid.username())
            .orElseThrow(
                () -> FieldRefused.field("username", "use 1 to 64 of a-z, 0-9, '.', '_' and '-'"));
    UserAccount account =
        accounts.create(
            username,
            valid.displayName() == null || valid.displayName().isBlank()
                ? username.value()
                : valid.displayName().strip(),
            valid.password().toCharArray(),
            RoleNames.parse(valid.roles()));
    return Response.created(uri.getAbsolutePathBuilder().path(username.value()).build())
        .entity(UserView.of(account))
        .build();
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = UserView.class,
      responseCode = "200",
      responseDescription = "The user as stored.")
  public Response update(@PathParam("username") String username, UpdateUserRequest request) {
    Optional<Username> name = parse(username);
    if (name.isEmpty()) {
      return notFound(username);
    }
    UpdateUserRequest valid = validator.valid(request);
    UserAccount account =
        accounts.update(
            name.get(),
            valid.version(),
            new AccountChanges(
                valid.displayName().strip(), RoleNames.parse(valid.roles()), valid.enabled()));
    return Response.ok(UserView.of(account)).build();
  }

  /** {@code PUT /api/v1/users/{username}/email}: {@code {"email": "…"}}; blank removes it. */
  @PUT
  @Path("{username}/email")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = UserView.class,
      responseCode = "200",
      responseDescription = "The user as stored.")
  public Response changeEmail(
      @PathParam("username") String username, MeResource.EmailRequest request) {
    Optional<Username> name = parse(username);
    if (name.isEmpty()) {
      return notFound(username);
    }
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    return Response.ok(
            UserView.of(accounts.changeEmail(name.get(), EmailRequests.address(request.email()))))
        .build();
  }

  private static Optional<Username> parse(String value) {
    return Username.parse(value);
  }

  private static Response notFound(String username) {
    return Problems.of(Response.Status.NOT_FOUND, "There is no such user.");
  }
}
