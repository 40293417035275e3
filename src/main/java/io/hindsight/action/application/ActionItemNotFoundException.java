package io.hindsight.action.application;

/** No action item with that id, or one of a post-mortem the caller may not see. */
public final class ActionItemNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ActionItemNotFoundException(String id) {
    super("There is no action item " + id + ".");
  }
}
