package io.hindsight.review.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.review.application.ChangeFromReview;
import io.hindsight.review.application.QueueFilter;
import io.hindsight.review.application.QueueOrder;
import io.hindsight.review.application.QueueRow;
import io.hindsight.review.application.ReviewChangeRequests;
import io.hindsight.review.application.ReviewHistory;
import io.hindsight.review.application.ReviewQuarterView;
import io.hindsight.review.application.ReviewQueue;
import io.hindsight.review.application.ReviewService;
import io.hindsight.review.application.ServiceChanges;
import io.hindsight.review.domain.RunbookReview;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Username;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The review queue: list with filters (mine, unassigned, repository, owner, reason, overdue, due
 * this week, all), sorting and paging; one item by id or by runbook; record a review; assign and
 * claim; the reviews of a runbook.
 */
@Path("reviews")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  /** The list's query parameters, as {@code ListFiltersDocumentedTest} checks them. */
  private static final Set<String> FILTERS = QueueQuery.NAMES;

  @Inject ReviewQueue queue;
  @Inject ReviewService service;
  @Inject ReviewHistory history;
  @Inject ReviewQuarterView quarterView;
  @Inject ServiceChanges changes;
  @Inject ChangeFromReview changeRequests;
  @Inject RunbookRepositories repositories;
  @Inject CallerIdentity identity;
  @Context UriInfo uri;

  @GET
  @Parameter(
      name = "mine",
      in = ParameterIn.QUERY,
      description = "Only runbooks assigned to the caller.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "unassigned",
      in = ParameterIn.QUERY,
      description = "Only runbooks without an assignee.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "repository",
      in = ParameterIn.QUERY,
      description = "Only runbooks of this repository (its key).",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "owner",
      in = ParameterIn.QUERY,
      description = "Only runbooks with this owner.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "reason",
      in = ParameterIn.QUERY,
      description = "Only runbooks due for this reason.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "calendar",
                "feedback",
                "incident",
                "change",
                "lint",
                "action_item",
                "needs_change"
              }))
  @Parameter(
      name = "overdue",
      in = ParameterIn.QUERY,
      description = "Only runbooks past their review date.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "dueThisWeek",
      in = ParameterIn.QUERY,
      description = "Only runbooks due within this week.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "all",
      in = ParameterIn.QUERY,
      description = "Also runbooks not due yet.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "sort",
      in = ParameterIn.QUERY,
      description = "The order.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"urgency", "title", "repository", "last-review"},
              defaultValue = "urgency"))
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
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
  public ReviewViews.Page list() {
    QueryParameters query = QueryParameters.of(uri.getQueryParameters(), FILTERS);
    QueueFilter filter = QueueQuery.filter(query, identity.username());
    QueueOrder order = QueueQuery.order(query);
    int page = query.number("page", 0, 100_000).orElse(0);
    int size = query.number("size", 1, 200).orElse(50);
    ResultPage<QueueRow> found = queue.page(filter, order, page, size);
    return new ReviewViews.Page(
        found.items().stream().map(ReviewViews::item).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @POST
  @Path("changes")
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewViews.Change changed(ReviewRequests.Change request) {
    if (request == null) {
      throw FieldRefused.because("A JSON body is required.");
    }
    return ReviewViews.change(
        changes.changed(
            request.serviceName(), request.referenceWords(), request.descriptionWords()));
  }

  @GET
  @Path("quarter")
  @Parameter(
      name = "repository",
      in = ParameterIn.QUERY,
      description = "Only the runbooks of this repository (its key).",
      schema = @Schema(type = SchemaType.STRING))
  public ReviewViews.Quarter quarter() {
    QueryParameters query = QueryParameters.of(uri.getQueryParameters(), Set.of("repository"));
    Optional<RepositoryKey> repository = query.one("repository").map(QueueQuery::repository);
    repository.ifPresent(
        key -> {
          if (repositories.registered(key).isEmpty()) {
            throw NotFound.of("repository", key.value());
          }
        });
    return ReviewViews.quarter(quarterView.progress(repository));
  }

  @GET
  @Path("{id}")
  public ReviewViews.Item get(@PathParam("id") String id) {
    return ReviewViews.item(queue.row(history.runbookOf(id(id))));
  }

  @GET
  @Path("by-runbook")
  @Parameter(
      name = "repository",
      in = ParameterIn.QUERY,
      description = "The repository key.",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "path",
      in = ParameterIn.QUERY,
      description = "The runbook path in the repository.",
      schema = @Schema(type = SchemaType.STRING))
  public ReviewViews.Item byRunbook() {
    return ReviewViews.item(queue.row(runbook()));
  }

  @GET
  @Path("{id}/history")
  public List<ReviewViews.Review> history(@PathParam("id") String id) {
    List<RunbookReview> reviews = history.of(history.runbookOf(id(id)));
    Map<Long, ReviewChangeRequests.Linked> changes = changeRequests.of(reviews);
    return reviews.stream()
        .map(review -> ReviewViews.review(review, Optional.ofNullable(changes.get(review.id()))))
        .toList();
  }

  @POST
  @Path("{id}/reviews")
  @RolesAllowed("reviewer")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = ReviewViews.Review.class,
      responseCode = "201",
      responseDescription = "The review as recorded.")
  public Response record(@PathParam("id") String id, ReviewRequests.Record request) {
    if (request == null) {
      throw FieldRefused.because("A JSON body is required.");
    }
    ReviewService.Submission submission = request.submission();
    RunbookReview review = service.record(id(id), submission, identity.caller());
    return Response.status(Response.Status.CREATED).entity(ReviewViews.review(review)).build();
  }

  @POST
  @Path("{id}/assign")
  @RolesAllowed("reviewer")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewViews.Item assign(@PathParam("id") String id, ReviewRequests.Assign request) {
    if (request == null || request.version() == null) {
      throw FieldRefused.field("version", "is required: send the version you loaded");
    }
    Optional<Username> who = request.assigneeName();
    return ReviewViews.item(
        queue.row(service.assign(id(id), request.version(), who, identity.caller()).runbook()));
  }

  @POST
  @Path("{id}/claim")
  @RolesAllowed("reviewer")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewViews.Item claim(@PathParam("id") String id, ReviewRequests.Claim request) {
    if (request == null || request.version() == null) {
      throw FieldRefused.field("version", "is required: send the version you loaded");
    }
    return ReviewViews.item(
        queue.row(
            service
                .assign(
                    id(id), request.version(), Optional.of(identity.username()), identity.caller())
                .runbook()));
  }

  private RunbookRef runbook() {
    QueryParameters query =
        QueryParameters.of(uri.getQueryParameters(), Set.of("repository", "path"));
    RepositoryKey key = QueueQuery.repository(query.required("repository"));
    RunbookPath path =
        RunbookPath.parse(query.required("path"))
            .orElseThrow(() -> FieldRefused.field("path", "must be a runbook path"));
    return new RunbookRef(key, path);
  }

  private static long id(String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new NotFound("No review item " + raw + ".");
    }
  }
}
