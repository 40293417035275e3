package io.hindsight.change.api;

import io.hindsight.change.application.ChangeActors;
import io.hindsight.change.application.ChangeDetail;
import io.hindsight.change.application.PostmortemCommits;
import io.hindsight.change.application.PostmortemCommits.Route;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.text.SingleLine;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/v1/postmortems/{key}/git}: commits a published post-mortem, as its Markdown
 * export, to the repository that takes post-mortems: for review on a change request (the default),
 * or with {@code "route": "direct"} straight to the base branch where the repository allows it, its
 * push to the remote queued; {@code GET} shows that push.
 */
@Path("postmortems/{key}/git")
@RequestScoped
@RolesAllowed("responder")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemGitResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject PostmortemCommits commits;
  @Inject CallerIdentity identity;

  /** {@code route}: {@code review} (default) or {@code direct}. */
  public record CommitRequest(@SingleLine String route) {}

  /**
   * Where the post-mortem went; the change request is absent for a direct commit. {@code push}: a
   * direct commit's push to the remote, queued (absent without a remote, or through a change
   * request, whose push is the merge's). {@code pushed} is always false since 1.7.0: a direct
   * commit's push is queued, never made in the request.
   */
  public record CommitView(
      String postmortem,
      String route,
      String repository,
      String path,
      String commit,
      String branch,
      Long changeRequest,
      String changeRequestState,
      @Schema(deprecated = true) boolean pushed,
      ChangeDetail.Push push) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @APIResponse(
      responseCode = "201",
      description = "Committed: on a change request, or directly.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommitView.class)))
  @APIResponse(
      responseCode = "200",
      description = "An open change request carries this post-mortem already.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommitView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Not published, no repository takes post-mortems, no direct commits allowed, or"
              + " nothing to commit.",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  public Response commit(@PathParam("key") String key, CommitRequest request) {
    PostmortemKey postmortem =
        PostmortemKey.parse(key).orElseThrow(() -> NotFound.of("post-mortem", key));
    String raw = request == null || request.route() == null ? "review" : request.route();
    Route route =
        Route.parse(raw).orElseThrow(() -> FieldRefused.field("route", "must be review or direct"));
    PostmortemCommits.Committed done =
        commits.commit(postmortem, route, ChangeActors.of(identity), identity.caller());
    CommitView view =
        new CommitView(
            postmortem.value(),
            done.route().word(),
            done.file().repository().value(),
            done.file().path().value(),
            done.commit(),
            done.change().map(c -> c.branch().value()).orElse(null),
            done.change().map(c -> c.id()).orElse(null),
            done.change().map(c -> c.state().word()).orElse(null),
            false,
            done.pushQueued() ? commits.directPush(postmortem).orElse(null) : null);
    return Response.status(done.created() ? 201 : 200).entity(view).build();
  }

  @GET
  @APIResponse(
      responseCode = "200",
      description = "The push of the post-mortem's latest direct commit.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangeDetail.Push.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such post-mortem, or it was never committed straight to a remote's branch.",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  public ChangeDetail.Push push(@PathParam("key") String key) {
    PostmortemKey postmortem =
        PostmortemKey.parse(key).orElseThrow(() -> NotFound.of("post-mortem", key));
    return commits
        .directPush(postmortem)
        .orElseThrow(
            () ->
                new NotFound(
                    "Post-mortem "
                        + postmortem
                        + " was never committed straight to a repository with a remote."));
  }
}
