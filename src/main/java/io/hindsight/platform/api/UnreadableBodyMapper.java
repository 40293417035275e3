package io.hindsight.platform.api;

import io.hindsight.platform.refusal.PayloadTooLargeException;
import jakarta.json.bind.JsonbException;
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
    return Problems.of(Response.Status.BAD_REQUEST, describe(exception));
  }

  static String describe(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException && cause.getMessage() != null) {
        return "The body is not valid for this request: " + firstLine(cause.getMessage());
      }
    }
    return "The body is not valid JSON for this request.";
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
