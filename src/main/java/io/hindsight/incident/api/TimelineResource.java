package io.hindsight.incident.api;

import io.hindsight.incident.application.Timeline;
import io.hindsight.incident.domain.EntryText;
import io.hindsight.incident.domain.TimelineEntry;
import io.hindsight.platform.refusal.FieldRefused;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** An incident's log: in order of when things happened; entries are added, never edited. */
@Path("incidents/{key}/timeline")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  @Inject Timeline timeline;
  @Inject CallerIdentity identity;

  @GET
  public List<EntryView> list(@PathParam("key") String key) {
    return timeline.of(RequestFields.key(key), identity.caller()).stream()
        .map(EntryView::of)
        .toList();
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = EntryView.class,
      responseCode = "201",
      responseDescription = "The entry as stored.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryRequest.class),
              examples =
                  @ExampleObject(
                      name = "status update",
                      summary = "A status update",
                      value =
                          "{\"kind\": \"status_update\", \"text\": \"Error rate back under 1 % after the rollback.\"}")))
  public Response add(@PathParam("key") String key, EntryRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    TimelineEntry entry =
        timeline.append(
            RequestFields.key(key),
            RequestFields.kind(request.kind()),
            EntryText.of(request.text()),
            Optional.ofNullable(request.occurredAt()),
            Optional.ofNullable(request.corrects()),
            identity.caller());
    return Response.status(Response.Status.CREATED)
        .entity(EntryView.of(entry, timeline.noteOn(entry.text()).orElse(null)))
        .build();
  }
}
