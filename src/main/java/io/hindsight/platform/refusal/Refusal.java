package io.hindsight.platform.refusal;

/** Something Hindsight will not do, with a message written for the person who asked. */
public abstract sealed class Refusal extends RuntimeException
    permits FieldRefused, NotFound, StateConflict, StaleVersion, Forbidden, TooLarge, Unavailable {

  private static final long serialVersionUID = 1L;

  protected Refusal(String message) {
    super(message);
  }
}
