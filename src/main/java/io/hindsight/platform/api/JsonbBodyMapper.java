package io.hindsight.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B failures that reach the resource layer unwrapped: 400. */
@Provider
public class JsonbBodyMapper implements ExceptionMapper<JsonbException> {

  @Override
  public Response toResponse(JsonbException exception) {
    return Problems.of(Response.Status.BAD_REQUEST, UnreadableBodyMapper.DOES_NOT_FIT);
  }
}
