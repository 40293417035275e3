package io.hindsight.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Someone else saved first: 409, so that the client reloads and retries. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

  @Override
  public Response toResponse(OptimisticLockException exception) {
    return Problems.of(
        Response.Status.CONFLICT,
        "Someone else changed this item after you loaded it. Reload it and apply your change again.");
  }
}
