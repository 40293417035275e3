package io.hindsight.runbook.api;

import io.hindsight.runbook.application.SyncProgress;
import io.hindsight.runbook.domain.RemoteUrl;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncFailure;
import io.hindsight.runbook.domain.SyncState;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A repository as the API shows it: never its credential or webhook secret. {@code progress} is
 * there while a sync runs ({@code syncState} "syncing"), on whichever node runs it. Why the last
 * sync failed is shown to everyone as a category ({@code lastSyncFailure}), what exactly went wrong
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
    long version,
    Progress progress) {

  /**
   * How far a running sync is: {@code phase} is queued, fetching, indexing (then {@code done} of
   * {@code total} files read), history or saving.
   */
  public record Progress(String phase, int done, int total) {
    static Progress of(SyncProgress progress) {
      return new Progress(
          progress.phase().name().toLowerCase(Locale.ROOT), progress.done(), progress.total());
    }
  }

  static RepositoryView of(
      RunbookRepository repository, Optional<SyncProgress> running, boolean admin) {
    boolean syncing = running.isPresent();
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
        repository.version(),
        running.map(Progress::of).orElse(null));
  }

  /** A sync recorded as running that is not running here was cut short by a restart. */
  private static String state(SyncState recorded, boolean syncing) {
    if (syncing) {
      return "syncing";
    }
    return recorded == SyncState.SYNCING ? "interrupted" : recorded.name().toLowerCase(Locale.ROOT);
  }
}
