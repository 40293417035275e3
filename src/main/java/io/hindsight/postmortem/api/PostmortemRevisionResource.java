package io.hindsight.postmortem.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.domain.PostmortemRevision;
import io.hindsight.security.application.CallerIdentity;
import io.hindsight.security.domain.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A post-mortem's saved revisions. Its path is the whole sub-path: a root resource at {@code
 * postmortems/{key}} would take {@code GET postmortems/{key}} from {@link PostmortemResource}.
 *
 * <p>Its operations keep the ids they had in {@link PostmortemResource}: clients generated from the
 * contract call them by those names.
 */
@Path("postmortems/{key}/revisions")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemRevisionResource {

  @Inject PostmortemService service;
  @Inject CallerIdentity identity;

  /** A revision in the history; {@code document} only when one revision is read. */
  public record Revision(
      int number,
      String status,
      Instant createdAt,
      String createdBy,
      String reason,
      String document) {}

  @GET
  @Operation(operationId = "PostmortemResource_revisions")
  public List<Revision> revisions(@PathParam("key") String key) {
    return service.revisions(PostmortemFields.key(key), caller()).stream()
        .map(revision -> revision(revision, false))
        .toList();
  }

  @GET
  @Operation(operationId = "PostmortemResource_revision")
  @Path("{number}")
  public Revision revision(@PathParam("key") String key, @PathParam("number") String number) {
    return revision(
        service.revision(
            PostmortemFields.key(key),
            QueryParameters.number("number", number, 1, Integer.MAX_VALUE),
            caller()),
        true);
  }

  private static Revision revision(PostmortemRevision revision, boolean withDocument) {
    return new Revision(
        revision.number(),
        EnumNames.word(revision.status()),
        revision.createdAt(),
        revision.createdBy().value(),
        revision.reason().orElse(null),
        withDocument ? revision.document() : null);
  }

  private Caller caller() {
    return identity.caller();
  }
}
