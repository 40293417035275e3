package io.hindsight.runbook.application;

/** A repository, branch or folder that holds no Markdown file to index. */
public final class NoRunbooksException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoRunbooksException(String message) {
    super(message);
  }
}
