package io.hindsight.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 with the current version, so the client can reload and retry. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

  @Override
  public Response toResponse(StaleVersionException exception) {
    return Problems.conflict(exception.getMessage(), exception.currentVersion());
  }
}
