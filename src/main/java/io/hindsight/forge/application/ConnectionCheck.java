package io.hindsight.forge.application;

/**
 * What "test connection" found: the project as the forge names it, whether the token may push, and
 * whether the {@code runbook-improvement} label exists (or was created now).
 */
public record ConnectionCheck(
    String project, boolean canPush, boolean labelExists, boolean labelCreated, String message) {

  static ConnectionCheck labelFound(String project, boolean canPush) {
    return new ConnectionCheck(project, canPush, true, false, "The token reaches " + project + ".");
  }

  static ConnectionCheck labelCreated(String project, boolean canPush) {
    return new ConnectionCheck(
        project, canPush, true, true, "The token reaches " + project + "; the label was created.");
  }

  /** The label is missing and the forge answered {@code status} when asked to create it. */
  static ConnectionCheck labelMissing(
      String project, boolean canPush, String label, int status, String forge) {
    return new ConnectionCheck(
        project,
        canPush,
        false,
        false,
        "The token reaches "
            + project
            + " but the label "
            + label
            + " does not exist and could not be created (HTTP "
            + status
            + "): create it on "
            + forge
            + ".");
  }
}
