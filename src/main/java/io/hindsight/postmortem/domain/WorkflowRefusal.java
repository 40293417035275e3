package io.hindsight.postmortem.domain;

/** A workflow step that is not allowed; the message says why and is safe to show to the user. */
public final class WorkflowRefusal extends RuntimeException {

  public WorkflowRefusal(String message) {
    super(message);
  }
}
