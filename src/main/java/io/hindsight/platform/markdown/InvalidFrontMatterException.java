package io.hindsight.platform.markdown;

import java.util.OptionalInt;

/**
 * Front matter that is not a valid YAML mapping; the message is meant for the document's author.
 */
public final class InvalidFrontMatterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  InvalidFrontMatterException(String problem, int line, Throwable cause) {
    super(
        line > 0 ? "Front matter, line " + line + ": " + problem : "Front matter: " + problem,
        cause);
    this.line = line;
  }

  /** The line of the document, counting from 1, where the problem was found, if known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
