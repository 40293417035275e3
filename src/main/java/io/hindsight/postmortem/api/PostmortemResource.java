package io.hindsight.postmortem.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.application.BlameCheck;
import io.hindsight.postmortem.application.PostmortemFilter;
import io.hindsight.postmortem.application.PostmortemOpening;
import io.hindsight.postmortem.application.PostmortemReview;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.postmortem.application.PostmortemViews;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Caller;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Post-mortems: list and filter, open one for a resolved incident, read, save with the loaded
 * version, the review steps and the Markdown export; the revisions are {@link
 * PostmortemRevisionResource}, the diff between two {@link PostmortemDiffResource}.
 */
@Path("postmortems")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemResource {

  private static final Set<String> FILTERS =
      Set.of("incident", "status", "due", "severity", "author", "reviewer", "page", "size");
  private static final int MAX_REVIEWERS = 10;

  @Inject PostmortemService service;
  @Inject PostmortemOpening opening;
  @Inject PostmortemReview review;
  @Inject BlameCheck blame;
  @Inject PostmortemViews views;
  @Inject CallerIdentity identity;
  @Context UriInfo uri;

  /** Blame warnings in a text. */
  public record LintResult(List<PostmortemView.Warning> warnings) {}

  @GET
  @Parameter(
      name = "incident",
      in = ParameterIn.QUERY,
      description = "Only the post-mortem of this incident.",
      schema = @Schema(type = SchemaType.STRING, pattern = "^INC-[0-9]{4}-[0-9]{4,}$"))
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "Only post-mortems in this status.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "draft",
                "in_review",
                "changes_requested",
                "approved",
                "published",
                "waived"
              }))
  @Parameter(
      name = "due",
      in = ParameterIn.QUERY,
      description = "Only post-mortems in this due state.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"not_due", "due_soon", "overdue", "done"}))
  @Parameter(
      name = "severity",
      in = ParameterIn.QUERY,
      description = "Only post-mortems of incidents of this severity.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"P0", "P1", "P2", "P3"}))
  @Parameter(
      name = "author",
      in = ParameterIn.QUERY,
      description = "Only post-mortems with this author; me for the caller.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "reviewer",
      in = ParameterIn.QUERY,
      description = "Only post-mortems with this reviewer; me for the caller.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = "The page, from 0.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000", defaultValue = "0"))
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Items per page.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
  public ResultPage<PostmortemView> list() {
    QueryParameters query = QueryParameters.of(uri.getQueryParameters(), FILTERS);
    PostmortemFilter filter =
        new PostmortemFilter(
            query.one("incident").map(PostmortemFields::incident),
            query.one("status").map(PostmortemFields::status),
            query.one("due").map(PostmortemFields::due),
            query.one("severity").map(PostmortemFields::severity),
            query.one("author").map(raw -> author("author", raw)),
            query.one("reviewer").map(raw -> author("reviewer", raw)));
    int page = query.number("page", 0, 100_000).orElse(0);
    int size = query.number("size", 1, 100).orElse(20);
    return service.list(filter, caller(), page, size).mapAll(views::summaries);
  }

  private Username author(String field, String raw) {
    return "me".equals(raw) ? caller().username() : PostmortemFields.user(field, raw);
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = PostmortemView.class,
      responseCode = "201",
      responseDescription = "The opened post-mortem; Location is its address.")
  public Response create(PostmortemRequests.Create request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    Postmortem postmortem = opening.start(PostmortemFields.incident(request.incident()), caller());
    return Response.created(uri.getAbsolutePathBuilder().path(postmortem.key().value()).build())
        .entity(views.detail(postmortem))
        .build();
  }

  @GET
  @Path("{key}")
  public PostmortemView get(@PathParam("key") String key) {
    return views.detail(service.visible(PostmortemFields.key(key), caller()));
  }

  @PUT
  @Path("{key}")
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PostmortemRequests.Update.class),
              examples =
                  @ExampleObject(
                      name = "update",
                      summary = "Edit two sections of version 3",
                      value =
                          "{\"version\": 3, \"sections\": {\"summary\": \"Checkout latency rose above 2 s for 40 minutes after release 4.2.1.\", \"resolution\": \"Release 4.2.1 was rolled back.\"}, \"reason\": \"First draft of the summary\"}")))
  public PostmortemView update(@PathParam("key") String key, PostmortemRequests.Update request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    if (request.version() == null) {
      throw FieldRefused.field("version", "is required: send the version you loaded");
    }
    PostmortemKey postmortemKey = PostmortemFields.key(key);
    Postmortem current = service.visible(postmortemKey, caller());
    Postmortem saved =
        service.update(
            postmortemKey,
            request.version(),
            ContentFromRequest.of(current, request),
            Optional.ofNullable(request.reason()),
            caller());
    return views.detail(saved);
  }

  @POST
  @Path("{key}/submit")
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  public PostmortemView submit(@PathParam("key") String key, PostmortemRequests.Submit request) {
    if (request == null || request.reviewers() == null) {
      throw FieldRefused.field("reviewers", "is required: choose who reviews it");
    }
    return views.detail(
        review.submit(
            PostmortemFields.key(key),
            PostmortemFields.users("reviewers", request.reviewers(), MAX_REVIEWERS),
            caller()));
  }

  @POST
  @Path("{key}/approve")
  @RolesAllowed("reviewer")
  @Consumes(MediaType.WILDCARD)
  public PostmortemView approve(@PathParam("key") String key) {
    return views.detail(review.approve(PostmortemFields.key(key), caller()));
  }

  @POST
  @Path("{key}/request-changes")
  @RolesAllowed("reviewer")
  @Consumes(MediaType.APPLICATION_JSON)
  public PostmortemView requestChanges(
      @PathParam("key") String key, PostmortemRequests.Note request) {
    return views.detail(
        review.requestChanges(
            PostmortemFields.key(key), request == null ? null : request.note(), caller()));
  }

  @POST
  @Path("{key}/publish")
  @RolesAllowed("responder")
  @Consumes(MediaType.WILDCARD)
  public PostmortemView publish(@PathParam("key") String key) {
    return views.detail(review.publish(PostmortemFields.key(key), caller()));
  }

  @POST
  @Path("{key}/waive")
  @RolesAllowed("reviewer")
  @Consumes(MediaType.APPLICATION_JSON)
  public PostmortemView waive(@PathParam("key") String key, PostmortemRequests.Note request) {
    return views.detail(
        review.waive(PostmortemFields.key(key), request == null ? null : request.note(), caller()));
  }

  @GET
  @Path("{key}/export.md")
  @Produces("text/markdown; charset=UTF-8")
  @APIResponse(
      responseCode = "200",
      description = "The post-mortem as Markdown.",
      content = @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)))
  public Response export(@PathParam("key") String key) {
    PostmortemKey postmortemKey = PostmortemFields.key(key);
    String document = service.document(service.visible(postmortemKey, caller()));
    return Response.ok(document)
        .header("Content-Disposition", "attachment; filename=\"" + postmortemKey + ".md\"")
        .build();
  }

  @POST
  @Path("lint")
  @Consumes(MediaType.APPLICATION_JSON)
  public LintResult lint(PostmortemRequests.Lint request) {
    String text = PostmortemFields.required("text", request == null ? null : request.text());
    if (text.length() > io.hindsight.postmortem.domain.PostmortemContent.MAX_SECTION_LENGTH) {
      throw FieldRefused.field("text", "must be at most 50000 characters");
    }
    return new LintResult(
        PostmortemViews.warnings(
            blame.lint(text).stream()
                .map(
                    w ->
                        io.hindsight.postmortem.application.SectionWarning.in(
                            "text", text, w, false))
                .toList()));
  }

  private Caller caller() {
    return identity.caller();
  }
}
