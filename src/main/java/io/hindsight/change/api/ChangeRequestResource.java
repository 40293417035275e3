package io.hindsight.change.api;

import io.hindsight.change.application.ChangeActors;
import io.hindsight.change.application.ChangeDetail;
import io.hindsight.change.application.ChangeFilter;
import io.hindsight.change.application.ChangeMerger;
import io.hindsight.change.application.ChangeRequestService;
import io.hindsight.change.application.ChangeSummary;
import io.hindsight.change.application.ChangeViews;
import io.hindsight.change.application.NewRunbooks;
import io.hindsight.change.application.SaveRevision;
import io.hindsight.change.domain.Actor;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeState;
import io.hindsight.change.domain.ReviewVerdict;
import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.application.CallerIdentity;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Runbook change requests: open from a runbook or a source, list with filters, read with diff and
 * lint, save the text as a commit with the loaded version, submit, review, merge, close.
 */
@Path("change-requests")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeRequestResource {

  private static final Set<String> FILTERS =
      Set.of("state", "repository", "runbook", "author", "review", "page", "size");

  @Inject ChangeRequestService service;
  @Inject ChangeMerger merger;
  @Inject NewRunbooks newRunbooks;
  @Inject ChangeViews views;
  @Inject CallerIdentity identity;
  @Context UriInfo uri;

  @GET
  @Parameter(
      name = "state",
      in = ParameterIn.QUERY,
      description = "Only change requests in this state.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "draft",
                "in_review",
                "changes_requested",
                "approved",
                "merged",
                "closed"
              }))
  @Parameter(
      name = "repository",
      in = ParameterIn.QUERY,
      description = "Only change requests on this repository (its key).",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "runbook",
      in = ParameterIn.QUERY,
      description = "Only change requests on this runbook: <repository>/<path>.md.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "author",
      in = ParameterIn.QUERY,
      description = "Only change requests by this user; me for the caller.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "review",
      in = ParameterIn.QUERY,
      description = "Only change requests awaiting the caller's review (true).",
      schema = @Schema(type = SchemaType.BOOLEAN))
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
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
  public ResultPage<ChangeSummary> list() {
    QueryParameters query = QueryParameters.of(uri.getQueryParameters(), FILTERS);
    Optional<RunbookRef> runbook =
        query
            .one("runbook")
            .map(
                raw ->
                    RunbookRef.parse(raw)
                        .orElseThrow(
                            () -> FieldRefused.field("runbook", "must be <repository>/<path>.md")));
    ChangeFilter filter =
        new ChangeFilter(
            query
                .one("state")
                .map(
                    raw ->
                        ChangeState.parse(raw)
                            .orElseThrow(
                                () ->
                                    FieldRefused.field(
                                        "state",
                                        "must be one of " + EnumNames.list(ChangeState.class)))),
            runbook
                .map(RunbookRef::repository)
                .or(
                    () ->
                        query
                            .one("repository")
                            .map(
                                raw ->
                                    RepositoryKey.parse(raw)
                                        .orElseThrow(
                                            () ->
                                                FieldRefused.field(
                                                    "repository", "must be a repository key")))),
            runbook.map(RunbookRef::path),
            query
                .one("author")
                .map(
                    raw ->
                        "me".equals(raw)
                            ? identity.username()
                            : ChangeRequestFields.user("author", raw)),
            query.bool("review").filter(Boolean::booleanValue).map(yes -> identity.username()));
    int page = query.number("page", 0, 100_000).orElse(0);
    int size = query.number("size", 1, 100).orElse(50);
    return views.list(filter, page, size);
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description =
          "The change request, opened; with newRunbook, one adding that runbook (409 when it"
              + " exists, 400 for a path outside the runbook folder or with '..', 413 for content"
              + " over the size limit, 400 for binary content).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangeSummary.class)))
  @APIResponse(
      responseCode = "200",
      description = "The change request already open for this source.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangeSummary.class)))
  public Response open(ChangeRequestBodies.Open body) {
    if (body == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    ChangeRequestService.Opened opened =
        Boolean.TRUE.equals(body.newRunbook())
            ? newRunbooks.open(ChangeRequestOpening.newRunbook(body), actor(), identity.caller())
            : service.open(ChangeRequestOpening.existing(body), actor(), identity.caller());
    ChangeSummary summary = ChangeSummary.of(opened.change());
    if (!opened.created()) {
      return Response.ok(summary).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(summary.id())).build())
        .entity(summary)
        .build();
  }

  @GET
  @Path("{id}")
  public ChangeDetail get(@PathParam("id") String id) {
    return views.detail(ChangeRequestFields.id(id), actor());
  }

  @PUT
  @Path("{id}/content")
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChangeSummary save(@PathParam("id") String id, ChangeRequestBodies.Save body) {
    if (body == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    long version = ChangeRequestFields.version(body.version());
    ChangeRequest saved =
        service.save(
            ChangeRequestFields.id(id),
            new SaveRevision(
                body.content(),
                Optional.ofNullable(body.title()),
                Optional.ofNullable(body.message()),
                Boolean.TRUE.equals(body.significant()),
                version),
            actor());
    return ChangeSummary.of(saved);
  }

  @POST
  @Path("{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChangeSummary submit(@PathParam("id") String id, ChangeRequestBodies.Versioned body) {
    return ChangeSummary.of(
        service.submit(ChangeRequestFields.id(id), ChangeRequestFields.version(body), actor()));
  }

  @POST
  @Path("{id}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChangeSummary review(@PathParam("id") String id, ChangeRequestBodies.Review body) {
    if (body == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    ReviewVerdict verdict = EnumNames.required("verdict", body.verdict(), ReviewVerdict.class);
    return ChangeSummary.of(
        service.review(
            ChangeRequestFields.id(id),
            verdict,
            body.comment(),
            ChangeRequestFields.version(body.version()),
            actor()));
  }

  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChangeSummary merge(@PathParam("id") String id, ChangeRequestBodies.Versioned body) {
    return ChangeSummary.of(
        merger.merge(ChangeRequestFields.id(id), ChangeRequestFields.version(body), actor()));
  }

  @POST
  @Path("{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  public ChangeSummary close(@PathParam("id") String id, ChangeRequestBodies.Versioned body) {
    return ChangeSummary.of(
        service.close(ChangeRequestFields.id(id), ChangeRequestFields.version(body), actor()));
  }

  private Actor actor() {
    return ChangeActors.of(identity);
  }
}
