package io.hindsight.change.api;

import io.hindsight.change.application.PostmortemGitTargets;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * {@code /api/v1/repositories/{key}/postmortems}: whether the repository takes published
 * post-mortems, in which folder, and whether straight to its base branch; admins only.
 */
@Path("repositories/{key}/postmortems")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemGitTargetResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject PostmortemGitTargets targets;

  public record TargetRequest(@SingleLine String folder, Boolean directCommits, Long version) {}

  @GET
  public PostmortemGitTargets.View get(@PathParam("key") String key) {
    return targets.view(key(key));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = PostmortemGitTargets.View.class,
      responseCode = "200",
      responseDescription = "The repository's post-mortem setting as stored.")
  @APIResponse(
      responseCode = "409",
      description = "Another repository takes post-mortems, or the setting changed meanwhile.",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  public PostmortemGitTargets.View change(@PathParam("key") String key, TargetRequest request) {
    RepositoryKey parsed = key(key);
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    return targets.change(parsed, request.folder(), request.directCommits(), request.version());
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "The repository takes no post-mortems now.")
  public Response remove(@PathParam("key") String key) {
    targets.remove(key(key));
    return Response.noContent().build();
  }

  private static RepositoryKey key(String raw) {
    return RepositoryKey.parse(raw).orElseThrow(() -> NotFound.of("repository", raw));
  }
}
