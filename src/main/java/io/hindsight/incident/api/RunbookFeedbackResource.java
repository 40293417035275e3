package io.hindsight.incident.api;

import io.hindsight.incident.application.IncidentRunbooks;
import io.hindsight.incident.domain.RunbookProblem;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** "This runbook step was unclear or wrong": stored for the review queue, labelled. */
@Path("incidents/{key}/feedback")
@RequestScoped
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class RunbookFeedbackResource {

  @Inject IncidentRunbooks runbooks;
  @Inject CallerIdentity identity;

  @GET
  public List<RunbookViews.Feedback> list(@PathParam("key") String key) {
    return runbooks.feedback(RequestFields.key(key), identity.caller()).stream()
        .map(RunbookViews.Feedback::of)
        .toList();
  }

  @POST
  @RolesAllowed("responder")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponseSchema(
      value = RunbookViews.Feedback.class,
      responseCode = "201",
      responseDescription = "The feedback as recorded.")
  public Response flag(@PathParam("key") String key, FeedbackRequest request) {
    if (request == null) {
      throw new FieldRefused("A JSON body is required.", List.of());
    }
    RunbookProblem problem =
        RunbookProblem.parse(RequestFields.required("problem", request.problem()))
            .orElseThrow(() -> FieldRefused.field("problem", "must be unclear or wrong"));
    return Response.status(Response.Status.CREATED)
        .entity(
            RunbookViews.Feedback.of(
                runbooks.flag(
                    RequestFields.key(key),
                    RequestFields.repository(request.repository()),
                    RequestFields.path(request.path()),
                    request.step(),
                    problem,
                    request.note(),
                    identity.caller())))
        .build();
  }
}
