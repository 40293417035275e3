package io.hindsight.action.domain;

import java.util.Map;

/** An action item that cannot be stored: each invalid field with a message safe to show. */
public final class InvalidActionItemException extends IllegalArgumentException {

  private final Map<String, String> errors;

  public InvalidActionItemException(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Map.copyOf(errors);
  }

  /** Field name to message. */
  public Map<String, String> errors() {
    return errors;
  }
}
