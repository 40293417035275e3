package io.hindsight.platform.api;

import java.util.List;

/** A request the API refuses with 400, naming each offending field. */
public final class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ProblemDetail.FieldError> errors;

  public InvalidRequestException(String detail, List<ProblemDetail.FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  public static InvalidRequestException field(String field, String message) {
    return new InvalidRequestException(
        "The request has invalid fields.", List.of(new ProblemDetail.FieldError(field, message)));
  }

  public List<ProblemDetail.FieldError> errors() {
    return errors;
  }
}
