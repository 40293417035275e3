package io.hindsight.runbook.api;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncState;
import java.time.Instant;
import java.util.Locale;

/** A repository as the API shows it: never its credential or webhook secret. */
public record RepositoryView(
    String key,
    String name,
    String url,
    String branch,
    String folder,
    String credentialKind,
    String syncState,
    String indexedCommit,
    Instant indexedAt,
    Instant lastSyncAt,
    String lastSyncError,
    String webhookPath,
    long version) {

  static RepositoryView of(RunbookRepository repository, boolean syncing) {
    return new RepositoryView(
        repository.key().value(),
        repository.name(),
        repository.remote().map(RemoteUrl::value).orElse(null),
        repository.branch(),
        repository.folder().value(),
        repository.credentialKind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        state(repository.syncState(), syncing),
        repository.indexedCommit().orElse(null),
        repository.indexedAt().orElse(null),
        repository.lastSyncAt().orElse(null),
        repository.lastSyncError().orElse(null),
        "/api/v1/webhooks/" + repository.key().value(),
        repository.version());
  }

  /** A sync recorded as running that is not running here was cut short by a restart. */
  private static String state(SyncState recorded, boolean syncing) {
    if (syncing) {
      return "syncing";
    }
    return recorded == SyncState.SYNCING ? "interrupted" : recorded.name().toLowerCase(Locale.ROOT);
  }
}
