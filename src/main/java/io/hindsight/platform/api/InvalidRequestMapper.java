package io.hindsight.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 for requests the API refused after reading them. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

  @Override
  public Response toResponse(InvalidRequestException exception) {
    return Problems.of(Response.Status.BAD_REQUEST, exception.getMessage(), exception.errors());
  }
}
