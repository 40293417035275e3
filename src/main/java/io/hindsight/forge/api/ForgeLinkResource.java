package io.hindsight.forge.api;

import io.hindsight.forge.application.ConnectionCheck;
import io.hindsight.forge.application.ForgeLinks;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.text.SingleLine;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/repositories/{key}/forge}: the repository's forge (kind, API base URL, project,
 * token), admins only; the token is written, never read back.
 */
@Path("repositories/{key}/forge")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class ForgeLinkResource {

  @Inject ForgeLinks links;
  @Context UriInfo uri;

  /** {@code PUT}: a blank token keeps the stored one, unless the API's host changes. */
  public record ForgeRequest(
      @SingleLine String kind,
      @SingleLine String apiUrl,
      @SingleLine String project,
      @SingleLine String token,
      Long version) {}

  @GET
  public ForgeLinks.View get(@PathParam("key") String key) {
    return links.view(key(key));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ForgeLinks.View change(@PathParam("key") String key, ForgeRequest request) {
    RepositoryKey parsed = key(key);
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    return links.change(
        parsed,
        new ForgeLinks.Change(
            request.kind(),
            request.apiUrl(),
            request.project(),
            request.token(),
            request.version()),
        uri.getBaseUri());
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "The repository has no forge any more.")
  public Response remove(@PathParam("key") String key) {
    links.remove(key(key));
    return Response.noContent().build();
  }

  /**
   * {@code POST …/forge/test}: checks the stored token's access to the project and the {@code
   * runbook-improvement} label (created when the token may); a refusal says what to fix.
   */
  @POST
  @Path("test")
  public ConnectionCheck test(@PathParam("key") String key) {
    return links.test(key(key));
  }

  private static RepositoryKey key(String raw) {
    return RepositoryKey.parse(raw).orElseThrow(() -> NotFound.of("repository", raw));
  }
}
