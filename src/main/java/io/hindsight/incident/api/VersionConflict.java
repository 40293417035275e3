package io.hindsight.incident.api;

import io.hindsight.incident.application.StaleVersionException;
import io.hindsight.platform.api.ProblemDetail;
import io.hindsight.platform.api.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 409 for an update based on an old version, carrying the current version. */
@Provider
public class VersionConflict implements ExceptionMapper<StaleVersionException> {

  /** A problem document with the {@code currentVersion} extension member. */
  public record Problem(
      String type,
      String title,
      int status,
      String detail,
      List<ProblemDetail.FieldError> errors,
      long currentVersion) {}

  @Override
  public Response toResponse(StaleVersionException e) {
    Response.Status status = Response.Status.CONFLICT;
    return Response.status(status)
        .type(Problems.PROBLEM_JSON)
        .entity(
            new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                e.getMessage(),
                List.of(),
                e.currentVersion()))
        .build();
  }
}
