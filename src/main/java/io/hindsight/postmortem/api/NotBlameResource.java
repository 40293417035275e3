package io.hindsight.postmortem.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.application.NotBlameMarks;
import io.hindsight.postmortem.domain.NotBlameMark;
import io.hindsight.security.application.CallerIdentity;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Sentences of one post-mortem marked "not blame" by its authors and chosen reviewers; an admin
 * makes one an exception for the whole team.
 */
@Path("postmortems/{key}/not-blame")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class NotBlameResource {

  @Inject NotBlameMarks marks;
  @Inject CallerIdentity identity;

  /** A marked sentence. */
  public record Mark(long id, String sentence, String markedBy, Instant markedAt) {
    static Mark of(NotBlameMark mark) {
      return new Mark(mark.id(), mark.sentence(), mark.markedBy().value(), mark.markedAt());
    }
  }

  @GET
  public List<Mark> list(@PathParam("key") String key) {
    return marks.of(PostmortemFields.key(key), identity.caller()).stream().map(Mark::of).toList();
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = Mark.class,
      responseCode = "201",
      responseDescription = "The mark as stored.")
  public Response mark(@PathParam("key") String key, PostmortemRequests.NotBlame request) {
    if (request == null) {
      throw new FieldRefused("A JSON body with the sentence is required.", List.of());
    }
    NotBlameMark mark =
        marks.mark(PostmortemFields.key(key), request.sentence(), identity.caller());
    return Response.status(Response.Status.CREATED).entity(Mark.of(mark)).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed("responder")
  @APIResponse(responseCode = "204", description = "The mark is removed.")
  public Response unmark(@PathParam("key") String key, @PathParam("id") String id) {
    marks.unmark(
        PostmortemFields.key(key), PostmortemFields.id("not-blame mark", id), identity.caller());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/team-exception")
  @RolesAllowed("admin")
  public BlameWordsResource.Word promote(@PathParam("key") String key, @PathParam("id") String id) {
    return BlameWordsResource.Word.of(
        marks.promote(
            PostmortemFields.key(key),
            PostmortemFields.id("not-blame mark", id),
            identity.caller()));
  }
}
