package io.hindsight.runbook.api;

import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncFailure;
import io.hindsight.runbook.domain.SyncState;
import java.time.Instant;
import java.util.Locale;

/**
 * A repository as the API shows it: never its credential or webhook secret. Why the last sync
 * failed is shown to everyone as a category ({@code lastSyncFailure}), what exactly went wrong
 * ({@code lastSyncError}) to admins only.
 */
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
    String lastSyncFailure,
    String lastSyncError,
    String webhookPath,
    long version) {

  static RepositoryView of(RunbookRepository repository, boolean syncing, boolean admin) {
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
        repository.lastSyncFailure().map(SyncFailure::label).orElse(null),
        admin ? repository.lastSyncError().orElse(null) : null,
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
