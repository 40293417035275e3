package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies and parameters: 400 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.of(Response.Status.BAD_REQUEST, "The request has invalid fields.", errors);
  }

  /** The last node of the property path: {@code create.arg0.name} is reported as {@code name}. */
  private static String fieldName(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && !node.getName().startsWith("arg")) {
        name = node.getName();
      }
    }
    return name;
  }
}
