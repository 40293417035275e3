package io.hindsight.incident.api;

/** {@code POST …/feedback}: a runbook step that was {@code unclear} or {@code wrong}, and why. */
public record FeedbackRequest(
    String repository, String path, String step, String problem, String note) {}
