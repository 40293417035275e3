package io.hindsight.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404 for an unknown path, 405, 415, ...) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (original.getMediaType() != null
        && Problems.PROBLEM_JSON.isCompatible(original.getMediaType())) {
      return original;
    }
    Response.StatusType status = original.getStatusInfo();
    if (status.getStatusCode() >= 500) {
      return new UnhandledExceptionMapper().toResponse(exception);
    }
    return Problems.of(status, detailFor(status, exception));
  }

  private static String detailFor(Response.StatusType status, WebApplicationException exception) {
    return switch (status.getStatusCode()) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that method.";
      case 406 -> "This address cannot answer in the requested media type.";
      case 415 -> "Send the body as application/json.";
      default -> exception.getMessage() == null ? status.getReasonPhrase() : exception.getMessage();
    };
  }
}
