package io.hindsight.security.api;

import io.hindsight.platform.api.Problems;
import io.hindsight.platform.api.RequestValidator;
import io.hindsight.security.application.ApiTokenService;
import io.hindsight.security.application.IssuedToken;
import io.hindsight.security.domain.Username;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The caller's own API tokens. Creating one also accepts HTTP Basic, so that a script can get its
 * first token.
 */
@Path("tokens")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  @Inject ApiTokenService tokens;
  @Inject RequestValidator validator;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = IssuedTokenView.class,
      responseCode = "201",
      responseDescription = "The token; its secret is shown only in this answer.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateTokenRequest.class),
              examples =
                  @ExampleObject(
                      name = "create",
                      summary = "A CI token for 90 days",
                      value = "{\"name\": \"ci-pipeline\", \"expiresInDays\": 90}")))
  public Response create(CreateTokenRequest request) {
    CreateTokenRequest valid = validator.valid(request);
    IssuedToken issued =
        tokens.issue(caller(), valid.name().strip(), Optional.ofNullable(valid.expiresInDays()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(issued.token().id().toString()).build())
        .entity(IssuedTokenView.of(issued))
        .build();
  }

  @GET
  public List<TokenView> list() {
    return tokens.list(caller()).stream().map(TokenView::of).toList();
  }

  @DELETE
  @Path("{id:[0-9]{1,18}}")
  @APIResponse(responseCode = "204", description = "The token is revoked.")
  public Response revoke(@PathParam("id") long id) {
    return tokens
        .revoke(caller(), id)
        .map(token -> Response.noContent().build())
        .orElseGet(
            () -> Problems.of(Response.Status.NOT_FOUND, "You have no token with id " + id + "."));
  }

  private Username caller() {
    return Username.of(security.getUserPrincipal().getName());
  }
}
