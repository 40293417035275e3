package io.hindsight.incident.api;

import io.hindsight.incident.application.IncidentChanges;
import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.application.IncidentSteps;
import io.hindsight.incident.application.IncidentView;
import io.hindsight.incident.application.IncidentViews;
import io.hindsight.incident.domain.Declaration;
import io.hindsight.incident.domain.EntryText;
import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentCategory;
import io.hindsight.incident.domain.IncidentTitle;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.security.application.CallerIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Incidents: declare, list (open first), read, edit with optimistic locking, and the lifecycle
 * steps. Restricted incidents the caller may not see answer 404.
 */
@Path("incidents")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

  @Inject IncidentService service;
  @Inject IncidentSteps steps;
  @Inject IncidentViews views;
  @Inject Clock clock;
  @Inject CallerIdentity identity;
  @Context UriInfo uri;
  @Context Providers providers;

  @GET
  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "Only incidents in this status.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"declared", "acknowledged", "mitigated", "resolved"}))
  @Parameter(
      name = "severity",
      in = ParameterIn.QUERY,
      description = "Only incidents of this severity.",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"P0", "P1", "P2", "P3"}))
  @Parameter(
      name = "service",
      in = ParameterIn.QUERY,
      description = "Only incidents that affect this service.",
      schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"))
  @Parameter(
      name = "breached",
      in = ParameterIn.QUERY,
      description = "Only incidents past (true) or within (false) their SLA.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "open",
      in = ParameterIn.QUERY,
      description = "Only unresolved (true) or resolved (false) incidents.",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = "The page, from 0.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100000", defaultValue = "0"))
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Incidents per page.",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
  public ResultPage<IncidentView> list() {
    ListParameters parameters = ListParameters.of(uri.getQueryParameters());
    return service
        .search(parameters.filter(), identity.caller(), parameters.page(), parameters.size())
        .mapAll(views::summaries);
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = IncidentView.class,
      responseCode = "201",
      responseDescription = "The declared incident; Location is its address.")
  public Response declare(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DeclareIncidentRequest.class),
                      examples =
                          @ExampleObject(
                              name = "declare",
                              summary = "A P1 on the checkout service",
                              value =
                                  "{\"title\": \"Checkout latency above 2 s\", \"severity\":"
                                      + " \"P1\", \"category\": \"degradation\","
                                      + " \"services\": [\"checkout\"], \"commander\":"
                                      + " \"alice\"}")))
          DeclareIncidentRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    Instant now = clock.instant();
    IncidentCategory category = RequestFields.category(request.category());
    Instant started = Optional.ofNullable(request.startedAt()).orElse(now);
    Declaration declaration =
        new Declaration(
            IncidentTitle.of(request.title()),
            RequestFields.severity("severity", request.severity()),
            category,
            RequestFields.services(request.services()),
            started,
            Optional.ofNullable(request.detectedAt()).orElse(started.isAfter(now) ? started : now),
            Optional.ofNullable(request.restricted()).orElse(category.restrictedByDefault()));
    Incident incident =
        service.declare(
            declaration,
            RequestFields.roles(request.commander(), request.scribe(), request.liaison()),
            identity.caller());
    return Response.created(uri.getAbsolutePathBuilder().path(incident.key().value()).build())
        .entity(views.detail(incident))
        .build();
  }

  @GET
  @Path("{key}")
  public IncidentView get(@PathParam("key") String key) {
    return views.detail(service.visible(RequestFields.key(key), identity.caller()));
  }

  @PUT
  @Path("{key}")
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  public IncidentView update(@PathParam("key") String key, UpdateIncidentRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    if (request.version() == null) {
      throw FieldRefused.field("version", "is required: send the version you loaded");
    }
    IncidentChanges changes =
        new IncidentChanges(
            request.version(),
            IncidentTitle.of(request.title()),
            RequestFields.severity("severity", request.severity()),
            RequestFields.category(request.category()),
            RequestFields.services(request.services()),
            RequestFields.requiredTime("startedAt", request.startedAt()),
            RequestFields.requiredTime("detectedAt", request.detectedAt()),
            Optional.ofNullable(request.restricted())
                .orElseThrow(() -> FieldRefused.field("restricted", "is required")),
            RequestFields.roles(request.commander(), request.scribe(), request.liaison()));
    return views.detail(service.update(RequestFields.key(key), changes, identity.caller()));
  }

  @POST
  @Path("{key}/{step:acknowledge|mitigate|resolve|reopen}")
  @RolesAllowed("responder")
  @Consumes(MediaType.WILDCARD)
  public IncidentView step(
      @PathParam("key") String key,
      @Parameter(
              description = "The lifecycle step to take.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"acknowledge", "mitigate", "resolve", "reopen"}))
          @PathParam("step")
          String step,
      @RequestBody(
              required = false,
              description = "Optional: when the step happened (default now) and a note.",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = StepRequest.class),
                      examples =
                          @ExampleObject(
                              name = "resolve",
                              summary = "Resolve with a note",
                              value =
                                  "{\"note\": \"Rolled back release 4.2.1; latency is"
                                      + " normal.\"}")))
          String body) {
    StepRequest request = stepRequest(body);
    Incident incident =
        steps.take(
            RequestFields.key(key),
            IncidentSteps.Step.valueOf(step.toUpperCase(java.util.Locale.ROOT)),
            Optional.ofNullable(request.at()),
            Optional.ofNullable(request.note()).filter(n -> !n.isBlank()).map(EntryText::of),
            identity.caller());
    return views.detail(incident);
  }

  private StepRequest stepRequest(String body) {
    if (body == null || body.isBlank()) {
      return new StepRequest(null, null);
    }
    ContextResolver<Jsonb> resolver =
        providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
    return resolver.getContext(StepRequest.class).fromJson(body, StepRequest.class);
  }
}
