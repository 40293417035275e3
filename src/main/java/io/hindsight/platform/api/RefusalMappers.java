package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.PayloadTooLargeException;
import io.hindsight.platform.refusal.Refusal;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.refusal.TooLarge;
import io.hindsight.platform.refusal.Unavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal as problem+json, the same status for the same kind in every feature. */
public final class RefusalMappers {

  private RefusalMappers() {}

  /**
   * 400 naming the refused fields, 403, 404, 409 (with the version to reload when stale), 413, 503
   * with Retry-After.
   */
  @Provider
  public static class RefusalMapper implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal refusal) {
      if (refusal instanceof FieldRefused refused) {
        return Problems.of(Response.Status.BAD_REQUEST, refused.getMessage(), refused.errors());
      }
      if (refusal instanceof StaleVersion stale) {
        return Problems.conflict(stale.getMessage(), stale.currentVersion());
      }
      if (refusal instanceof Unavailable unavailable) {
        return Response.fromResponse(
                Problems.of(Response.Status.SERVICE_UNAVAILABLE, unavailable.getMessage()))
            .header("Retry-After", unavailable.retryAfterSeconds())
            .build();
      }
      return Problems.of(statusOf(refusal), refusal.getMessage());
    }

    private static Response.Status statusOf(Refusal refusal) {
      if (refusal instanceof NotFound) {
        return Response.Status.NOT_FOUND;
      }
      if (refusal instanceof StateConflict) {
        return Response.Status.CONFLICT;
      }
      if (refusal instanceof Forbidden) {
        return Response.Status.FORBIDDEN;
      }
      if (refusal instanceof TooLarge) {
        return Response.Status.REQUEST_ENTITY_TOO_LARGE;
      }
      throw new IllegalStateException("No status for " + refusal.getClass().getName());
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
