package io.hindsight.postmortem.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.postmortem.application.BlameTeamWords;
import io.hindsight.postmortem.domain.BlameTeamWord;
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
 * The team's words of the blame check, merged with the shipped rule file: read by everyone, changed
 * by admins.
 */
@Path("blame-check/words")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class BlameWordsResource {

  @Inject BlameTeamWords words;
  @Inject CallerIdentity identity;

  /** A team word: kind phrase, role or exception. */
  public record Word(long id, String kind, String word, String addedBy, Instant addedAt) {
    static Word of(BlameTeamWord word) {
      return new Word(
          word.id(), word.kind().value(), word.word(), word.addedBy().value(), word.addedAt());
    }
  }

  @GET
  public List<Word> list() {
    return words.all().stream().map(Word::of).toList();
  }

  @POST
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = Word.class,
      responseCode = "201",
      responseDescription = "The word as stored.")
  public Response add(PostmortemRequests.TeamWord request) {
    if (request == null) {
      throw new FieldRefused("A JSON body with kind and word is required.", List.of());
    }
    BlameTeamWord added = words.add(request.kind(), request.word(), identity.caller());
    return Response.status(Response.Status.CREATED).entity(Word.of(added)).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed("admin")
  @APIResponse(responseCode = "204", description = "The word is removed.")
  public Response remove(@PathParam("id") String id) {
    words.remove(PostmortemFields.id("team word", id), identity.caller());
    return Response.noContent().build();
  }
}
