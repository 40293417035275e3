package io.hindsight.action.domain;

/** A status change that is not allowed; the message says why and is safe to show. */
public final class ActionItemRefusal extends RuntimeException {

  public ActionItemRefusal(String message) {
    super(message);
  }
}
