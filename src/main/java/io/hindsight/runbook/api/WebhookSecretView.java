package io.hindsight.runbook.api;

/** The answer to rotating a repository's webhook secret: the new secret, shown this once. */
public record WebhookSecretView(String webhookSecret) {}
