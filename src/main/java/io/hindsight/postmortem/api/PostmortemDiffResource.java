package io.hindsight.postmortem.api;

import io.hindsight.platform.api.QueryParameters;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.application.RevisionDiff;
import io.hindsight.postmortem.domain.PostmortemKey;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The unified diff between two revisions of a post-mortem.
 *
 * <p>Its operations keep the ids they had in {@link PostmortemResource}: clients generated from the
 * contract call them by those names.
 */
@Path("postmortems/{key}/diff")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class PostmortemDiffResource {

  @Inject PostmortemService service;
  @Inject CallerIdentity identity;
  @Context UriInfo uri;

  /** A unified diff between two revisions. */
  public record Diff(int from, int to, String unified) {}

  @GET
  @Operation(operationId = "PostmortemResource_diff")
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

  private Caller caller() {
    return identity.caller();
  }
}
