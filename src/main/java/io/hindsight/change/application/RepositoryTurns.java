package io.hindsight.change.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One writer per repository: a write lock on the repository's row for the rest of the caller's
 * transaction, which serialises writers on this node and on every other node sharing the database;
 * other repositories are not held up.
 */
@ApplicationScoped
public class RepositoryTurns {

  @Inject RunbookRepositories repositories;

  /**
   * @throws NotFound when no repository has this key
   */
  public RunbookRepository take(RepositoryKey key) {
    return repositories
        .registeredForUpdate(key)
        .orElseThrow(() -> new NotFound("No runbook repository named " + key + "."));
  }
}
