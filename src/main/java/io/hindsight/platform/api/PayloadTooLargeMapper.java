package io.hindsight.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 for a body over the limit. */
@Provider
public class PayloadTooLargeMapper implements ExceptionMapper<PayloadTooLargeException> {

  @Override
  public Response toResponse(PayloadTooLargeException exception) {
    return Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, exception.getMessage());
  }
}
