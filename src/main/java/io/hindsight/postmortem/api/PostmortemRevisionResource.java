package io.hindsight.postmortem.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.RevisionDiff;
import io.hindsight.postmortem.domain.PostmortemKey;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A post-mortem's saved revisions, the diff between two, and its Markdown export. */
@Path("postmortems/{key}")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemRevisionResource {

  @Inject PostmortemService service;
  @Inject CallerIdentity identity;
  @Context UriInfo uri;

  /** A revision in the history; {@code document} only when one revision is read. */
  public record Revision(
      int number,
      String status,
      Instant createdAt,
      String createdBy,
      String reason,
      String document) {}

  /** A unified diff between two revisions. */
  public record Diff(int from, int to, String unified) {}

  @GET
  @Path("revisions")
  public List<Revision> revisions(@PathParam("key") String key) {
    return service.revisions(PostmortemFields.key(key), caller()).stream()
        .map(revision -> revision(revision, false))
        .toList();
  }

  @GET
  @Path("revisions/{number}")
  public Revision revision(@PathParam("key") String key, @PathParam("number") String number) {
    return revision(
        service.revision(
            PostmortemFields.key(key),
            QueryParameters.number("number", number, 1, Integer.MAX_VALUE),
            caller()),
        true);
  }

  @GET
  @Path("diff")
  @Parameter(
      name = "from",
      in = ParameterIn.QUERY,
      required = true,
      description = "The older revision number.",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647"))
  @Parameter(
      name = "to",
      in = ParameterIn.QUERY,
      required = true,
      description = "The newer revision number.",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647"))
  public Diff diff(@PathParam("key") String key) {
    QueryParameters query = QueryParameters.of(uri.getQueryParameters(), Set.of("from", "to"));
    int from = QueryParameters.number("from", query.required("from"), 1, Integer.MAX_VALUE);
    int to = QueryParameters.number("to", query.required("to"), 1, Integer.MAX_VALUE);
    PostmortemKey postmortemKey = PostmortemFields.key(key);
    return new Diff(
        from,
        to,
        RevisionDiff.between(
            service.revision(postmortemKey, from, caller()),
            service.revision(postmortemKey, to, caller())));
  }

  @GET
  @Path("export.md")
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
