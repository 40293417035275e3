package io.hindsight.platform.api;

import io.hindsight.platform.refusal.StaleVersion;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: 500 with a reference to the server log, never a stack trace. Exceptions wrapped by
 * an EJB or transaction boundary are unwrapped first, so that an optimistic-lock conflict still
 * answers 409.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof StaleVersion stale) {
        return new RefusalMappers.RefusalMapper().toResponse(stale);
      }
      if (cause instanceof OptimisticLockException conflict) {
        return new OptimisticLockMapper().toResponse(conflict);
      }
      if (cause instanceof jakarta.validation.ConstraintViolationException invalid) {
        return new ConstraintViolationMapper().toResponse(invalid);
      }
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unhandled API error, reference " + reference, exception);
    return Problems.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on the server. Reference: " + reference + ".");
  }
}
