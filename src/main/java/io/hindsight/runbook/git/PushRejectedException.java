package io.hindsight.runbook.git;

/** The remote refused a push: it moved meanwhile, or its rules refuse the update. */
public final class PushRejectedException extends GitAccessException {

  private static final long serialVersionUID = 1L;

  public PushRejectedException(String message) {
    super(message);
  }
}
