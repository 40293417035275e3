package io.hindsight.platform.refusal;

/** The thing's current state (or the caller's part in it) does not allow the step. */
public final class StateConflict extends Refusal {

  private static final long serialVersionUID = 1L;

  public StateConflict(String message) {
    super(message);
  }
}
