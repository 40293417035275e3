package io.hindsight.runbook.api;

/** Runbooks larger than this are listed but neither returned nor rendered by the API. */
final class RunbookIndexLimits {

  static final long MAX_RENDERED_BYTES = 5L * 1024 * 1024;

  private RunbookIndexLimits() {}
}
