package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.SyncFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Records, each in its own transaction, that a sync started or failed. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SyncRecorder {

  @Inject RunbookRepositories repositories;
  @Inject Clock clock;

  public void started(RepositoryKey key) {
    repositories.registered(key).ifPresent(repository -> repository.syncStarted());
  }

  public void failed(RepositoryKey key, SyncFailure failure, String error) {
    repositories
        .registered(key)
        .ifPresent(repository -> repository.syncFailed(failure, error, clock.instant()));
  }
}
