package io.hindsight.incident.api;

import io.hindsight.incident.application.IncidentRunbooks;
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
import java.util.List;

/** The runbooks used in an incident. Linking one twice keeps one link. */
@Path("incidents/{key}/runbooks")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentRunbookResource {

  @Inject IncidentRunbooks runbooks;
  @Inject CallerIdentity identity;

  @GET
  public List<RunbookViews.Link> list(@PathParam("key") String key) {
    return runbooks.links(RequestFields.key(key), identity.caller()).stream()
        .map(RunbookViews.Link::of)
        .toList();
  }

  /** A runbook the library suggests for the incident. */
  public record Suggestion(String repository, String path, String title) {}

  @GET
  @Path("suggestions")
  public List<Suggestion> suggestions(@PathParam("key") String key) {
    return runbooks.suggestions(RequestFields.key(key), identity.caller()).stream()
        .map(r -> new Suggestion(r.repository().value(), r.path().value(), r.title()))
        .toList();
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  public RunbookViews.Link link(@PathParam("key") String key, RunbookLinkRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    return RunbookViews.Link.of(
        runbooks.link(
            RequestFields.key(key),
            RequestFields.repository(request.repository()),
            RequestFields.path(request.path()),
            identity.caller()));
  }
}
