package io.hindsight.runbook.git;

import java.io.IOException;

/**
 * A bare runbook repository could not be opened, read or written, or a remote could not be fetched
 * from; the message says why, for whoever registered the repository. It is an {@link IOException},
 * so that callers reporting unreadable repositories need no second case.
 */
public class GitAccessException extends IOException {

  private static final long serialVersionUID = 1L;

  GitAccessException(String message) {
    super(message);
  }

  GitAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
