package io.hindsight.forge.application;

/**
 * A pull (merge) request on a forge; {@code created} is false when an open one for the branch was
 * reused.
 */
public record PullRequest(long number, String url, boolean created) {}
