package io.hindsight.runbook.api;

/** The answer to registering a repository: the webhook secret is shown this once. */
public record RegisteredRepositoryView(RepositoryView repository, String webhookSecret) {}
