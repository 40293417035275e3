package io.hindsight.postmortem.api;

import io.hindsight.platform.api.ProblemDetail;
import io.hindsight.platform.api.Problems;
import io.hindsight.postmortem.application.PostmortemNotFoundException;
import io.hindsight.postmortem.domain.InvalidTemplateException;
import io.hindsight.postmortem.domain.PostmortemContentException;
import io.hindsight.postmortem.domain.WorkflowRefusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The post-mortem rules' refusals as problem+json. */
public final class PostmortemProblemMappers {

  private PostmortemProblemMappers() {}

  /** 409: the workflow does not allow the step for this user or in this state. */
  @Provider
  public static class RefusalMapper implements ExceptionMapper<WorkflowRefusal> {
    @Override
    public Response toResponse(WorkflowRefusal e) {
      return Problems.of(Response.Status.CONFLICT, e.getMessage());
    }
  }

  /** 400 naming the field. */
  @Provider
  public static class ContentMapper implements ExceptionMapper<PostmortemContentException> {
    @Override
    public Response toResponse(PostmortemContentException e) {
      return Problems.of(
          Response.Status.BAD_REQUEST,
          e.getMessage(),
          List.of(new ProblemDetail.FieldError(e.field(), e.getMessage())));
    }
  }

  /** 400. */
  @Provider
  public static class TemplateMapper implements ExceptionMapper<InvalidTemplateException> {
    @Override
    public Response toResponse(InvalidTemplateException e) {
      return Problems.of(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  /** 404, also for post-mortems of restricted incidents the caller may not see. */
  @Provider
  public static class NotFoundMapper implements ExceptionMapper<PostmortemNotFoundException> {
    @Override
    public Response toResponse(PostmortemNotFoundException e) {
      return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
    }
  }
}
