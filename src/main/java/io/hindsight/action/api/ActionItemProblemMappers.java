package io.hindsight.action.api;

import io.hindsight.action.application.ActionItemForbiddenException;
import io.hindsight.action.application.ActionItemNotFoundException;
import io.hindsight.action.domain.ActionItemRefusal;
import io.hindsight.action.domain.InvalidActionItemException;
import io.hindsight.platform.api.ProblemDetail;
import io.hindsight.platform.api.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** The action item rules' refusals as problem+json. */
public final class ActionItemProblemMappers {

  private ActionItemProblemMappers() {}

  /** 400 naming every invalid field. */
  @Provider
  public static class InvalidMapper implements ExceptionMapper<InvalidActionItemException> {
    @Override
    public Response toResponse(InvalidActionItemException e) {
      return Problems.of(
          Response.Status.BAD_REQUEST,
          e.getMessage(),
          e.errors().entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(error -> new ProblemDetail.FieldError(error.getKey(), error.getValue()))
              .toList());
    }
  }

  /** 409: the item's state does not allow the change. */
  @Provider
  public static class RefusalMapper implements ExceptionMapper<ActionItemRefusal> {
    @Override
    public Response toResponse(ActionItemRefusal e) {
      return Problems.of(Response.Status.CONFLICT, e.getMessage());
    }
  }

  /** 403: the caller sees the item but may not make this change. */
  @Provider
  public static class ForbiddenMapper implements ExceptionMapper<ActionItemForbiddenException> {
    @Override
    public Response toResponse(ActionItemForbiddenException e) {
      return Problems.of(Response.Status.FORBIDDEN, e.getMessage());
    }
  }

  /** 404, also for items of post-mortems the caller may not see. */
  @Provider
  public static class NotFoundMapper implements ExceptionMapper<ActionItemNotFoundException> {
    @Override
    public Response toResponse(ActionItemNotFoundException e) {
      return Problems.of(Response.Status.NOT_FOUND, e.getMessage());
    }
  }
}
