package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.PayloadTooLargeException;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.refusal.TooLarge;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal as problem+json, the same status for the same kind in every feature. */
public final class RefusalMappers {

  private RefusalMappers() {}

  /** 400 naming every refused field. */
  @Provider
  public static class FieldRefusedMapper implements ExceptionMapper<FieldRefused> {
    @Override
    public Response toResponse(FieldRefused refused) {
      return Problems.of(Response.Status.BAD_REQUEST, refused.getMessage(), refused.errors());
    }
  }

  /** 404, also for what the caller may not see. */
  @Provider
  public static class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound refused) {
      return Problems.of(Response.Status.NOT_FOUND, refused.getMessage());
    }
  }

  /** 409: the state does not allow the step. */
  @Provider
  public static class StateConflictMapper implements ExceptionMapper<StateConflict> {
    @Override
    public Response toResponse(StateConflict refused) {
      return Problems.of(Response.Status.CONFLICT, refused.getMessage());
    }
  }

  /** 409 with the current version, so the client can reload and retry. */
  @Provider
  public static class StaleVersionMapper implements ExceptionMapper<StaleVersion> {
    @Override
    public Response toResponse(StaleVersion refused) {
      return Problems.conflict(refused.getMessage(), refused.currentVersion());
    }
  }

  /** 403. */
  @Provider
  public static class ForbiddenMapper implements ExceptionMapper<Forbidden> {
    @Override
    public Response toResponse(Forbidden refused) {
      return Problems.of(Response.Status.FORBIDDEN, refused.getMessage());
    }
  }

  /** 413 for content over a limit. */
  @Provider
  public static class TooLargeMapper implements ExceptionMapper<TooLarge> {
    @Override
    public Response toResponse(TooLarge refused) {
      return Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, refused.getMessage());
    }
  }

  /** 413 for a body over the limit, found while reading it. */
  @Provider
  public static class PayloadTooLargeMapper implements ExceptionMapper<PayloadTooLargeException> {
    @Override
    public Response toResponse(PayloadTooLargeException refused) {
      return Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, refused.getMessage());
    }
  }
}
