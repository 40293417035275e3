package io.hindsight.incident.api;

import io.hindsight.platform.text.SingleLine;

/** {@code POST …/feedback}: a runbook step that was {@code unclear} or {@code wrong}, and why. */
public record FeedbackRequest(
    @SingleLine String repository,
    @SingleLine String path,
    @SingleLine String step,
    String problem,
    String note) {}
