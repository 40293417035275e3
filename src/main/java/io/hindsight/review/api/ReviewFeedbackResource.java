package io.hindsight.review.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.review.application.FeedbackList;
import io.hindsight.review.domain.FeedbackAnswer.FeedbackState;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The feedback list: runbook-improvement feedback of every runbook, newest first, by state and
 * repository (the incident feature's own {@code /incidents/{key}/feedback} raises it).
 */
@Path("runbook-feedback")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewFeedbackResource {

  @Inject FeedbackList feedback;
  @Context UriInfo uri;

  @Schema(name = "RunbookFeedbackItem")
  public record Item(
      long id,
      String repository,
      String path,
      String incident,
      boolean restricted,
      String step,
      String problem,
      String note,
      String author,
      Instant raisedAt,
      String state,
      String stateReason,
      String reviewPage) {}

  @Schema(name = "RunbookFeedbackPage")
  public record Page(List<Item> items, int page, int size, long total) {}

  @GET
  @Parameter(
      name = "state",
      in = ParameterIn.QUERY,
      description = "Only feedback in this state.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"open", "accepted", "rejected", "fixed"}))
  @Parameter(
      name = "repository",
      in = ParameterIn.QUERY,
      description = "Only feedback on the runbooks of this repository (its key).",
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
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
  public Page list() {
    QueryParameters query =
        QueryParameters.of(uri.getQueryParameters(), Set.of("state", "repository", "page", "size"));
    var state =
        query
            .one("state")
            .map(
                raw ->
                    FeedbackState.parse(raw)
                        .orElseThrow(
                            () ->
                                FieldRefused.field(
                                    "state", "must be open, accepted, rejected or fixed")));
    Optional<RepositoryKey> repository =
        query
            .one("repository")
            .map(
                raw ->
                    RepositoryKey.parse(raw)
                        .orElseThrow(
                            () -> FieldRefused.field("repository", "must be a repository key")));
    ResultPage<FeedbackList.Row> found =
        feedback.page(
            state,
            repository,
            query.number("page", 0, 100_000).orElse(0),
            query.number("size", 1, 200).orElse(50));
    return new Page(
        found.items().stream()
            .map(
                row ->
                    new Item(
                        row.id(),
                        row.runbook().repository().value(),
                        row.runbook().path().value(),
                        row.incident(),
                        row.restricted(),
                        row.step(),
                        row.problem(),
                        row.note().orElse(null),
                        row.author(),
                        row.raisedAt(),
                        row.state().code(),
                        row.stateReason().orElse(null),
                        row.reviewPage()))
            .toList(),
        found.page(),
        found.size(),
        found.total());
  }
}
