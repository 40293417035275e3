package io.hindsight.incident.api;

/** {@code POST …/runbooks}: a runbook from the library, by repository key and path. */
public record RunbookLinkRequest(String repository, String path) {}
