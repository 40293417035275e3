package io.hindsight.platform.api;

import io.hindsight.platform.refusal.PayloadTooLargeException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, has a value of the wrong type, or a field the API does not know: 400.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof PayloadTooLargeException tooLarge) {
        return new RefusalMappers.PayloadTooLargeMapper().toResponse(tooLarge);
      }
    }
    return Problems.of(Response.Status.BAD_REQUEST, DOES_NOT_FIT);
  }

  /**
   * What remains after {@link TextRuleInterceptor} has checked types and form: never the parser's
   * own message, which names Java classes and internals.
   */
  static final String DOES_NOT_FIT =
      "The body does not fit this request: check each field's type against the API"
          + " documentation.";
}
