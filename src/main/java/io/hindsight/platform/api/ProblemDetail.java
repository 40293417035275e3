package io.hindsight.platform.api;

import io.hindsight.platform.refusal.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem document: what went wrong, for a person ({@code title}, {@code detail}) and
 * for a program ({@code status}, {@code type}, the offending {@code errors} by field and, on a
 * version conflict, the {@code currentVersion} to reload; absent otherwise).
 */
public record ProblemDetail(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    Long currentVersion) {

  public ProblemDetail {
    errors = List.copyOf(errors);
  }
}
