package io.hindsight.platform.refusal;

import java.util.Objects;

/** One rejected input: the field's name as the client sent it, and why. */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The refusal as a sentence: a message written as a sentence stands alone ("Choose an owner."),
   * one written as a predicate follows the field's name ("title must not be blank.").
   */
  public String sentence() {
    String text =
        message.isEmpty() || Character.isUpperCase(message.charAt(0))
            ? message
            : field + " " + message;
    return text.endsWith(".") ? text : text + ".";
  }
}
