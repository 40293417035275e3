package io.hindsight.incident.api;

import io.hindsight.incident.application.IncidentNotFoundException;
import io.hindsight.incident.domain.EvidenceTooLargeException;
import io.hindsight.incident.domain.IncidentRuleException;
import io.hindsight.incident.domain.IncidentStateException;
import io.hindsight.platform.api.ProblemDetail;
import io.hindsight.platform.api.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The incident rules' refusals as problem+json. */
public final class IncidentProblemMappers {

  private IncidentProblemMappers() {}

  /** 400 naming the field. */
  @Provider
  public static class RuleMapper implements ExceptionMapper<IncidentRuleException> {
    @Override
    public Response toResponse(IncidentRuleException e) {
      return Problems.of(
          Response.Status.BAD_REQUEST,
          "The request has invalid fields: " + e.field() + " " + e.getMessage() + ".",
          List.of(new ProblemDetail.FieldError(e.field(), e.getMessage())));
    }
  }

  /** 409: the incident's state does not allow the step. */
  @Provider
  public static class StateMapper implements ExceptionMapper<IncidentStateException> {
    @Override
    public Response toResponse(IncidentStateException e) {
      return Problems.of(Response.Status.CONFLICT, e.getMessage());
    }
  }

  /** 404, also for restricted incidents the caller may not see. */
  @Provider
  public static class NotFoundMapper implements ExceptionMapper<IncidentNotFoundException> {
    @Override
    public Response toResponse(IncidentNotFoundException e) {
      return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  /** 413. */
  @Provider
  public static class TooLargeMapper implements ExceptionMapper<EvidenceTooLargeException> {
    @Override
    public Response toResponse(EvidenceTooLargeException e) {
      return Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
    }
  }
}
