package io.hindsight.action.application;

/** The caller may see the action item but not make this change to it. */
public final class ActionItemForbiddenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ActionItemForbiddenException(String message) {
    super(message);
  }
}
