package io.hindsight.review.api;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.review.application.ChangeFromReview;
import io.hindsight.review.application.ReviewChangeRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A "needs change" review turned into a change request for its runbook, linked back to the review:
 * opened by the first call, the same one answered by every later call.
 */
@Path("reviews/{id}/reviews/{reviewId}/change-request")
@RequestScoped
@RolesAllowed("responder")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewChangeRequestResource {

  @Inject ChangeFromReview changes;
  @Context UriInfo uri;

  @POST
  @APIResponse(
      responseCode = "201",
      description = "The change request, opened for the review.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewViews.ChangeRequestLink.class)))
  @APIResponse(
      responseCode = "200",
      description = "The change request opened for the review before, in whatever state it is.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewViews.ChangeRequestLink.class)))
  public Response open(@PathParam("id") String id, @PathParam("reviewId") String reviewId) {
    ReviewChangeRequests.Linked linked =
        changes.open(number(id, "review item"), number(reviewId, "review"));
    ReviewViews.ChangeRequestLink link = ReviewViews.changeRequest(linked);
    if (!linked.created()) {
      return Response.ok(link).build();
    }
    return Response.created(URI.create(link.api())).entity(link).build();
  }

  private static long number(String raw, String what) {
    try {
      long number = Long.parseLong(raw);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // not an id
    }
    throw new NotFound("No " + what + " " + (raw == null || raw.length() > 20 ? "?" : raw) + ".");
  }
}
