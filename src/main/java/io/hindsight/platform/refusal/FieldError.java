package io.hindsight.platform.refusal;

import java.util.Objects;

/** One rejected input: the field's name as the client sent it, and why. */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
