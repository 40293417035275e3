package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RunbookRepository;

/** A repository just registered, with the webhook secret shown this once. */
public record RegisteredRepository(RunbookRepository repository, String webhookSecret) {}
