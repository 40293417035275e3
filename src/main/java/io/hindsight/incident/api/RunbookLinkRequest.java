package io.hindsight.incident.api;

import io.hindsight.platform.text.SingleLine;

/** {@code POST …/runbooks}: a runbook from the library, by repository key and path. */
public record RunbookLinkRequest(@SingleLine String repository, @SingleLine String path) {}
