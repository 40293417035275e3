package io.hindsight.runbook.application;

import io.hindsight.platform.crypto.CredentialDecryptionException;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.domain.SyncFailure;
import io.hindsight.runbook.git.GitAccessException;
import io.hindsight.runbook.git.NoSuchBranchException;
import io.hindsight.runbook.git.RunbookGit;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings a repository's bare clone and index up to date: fetch, index the difference, then show it.
 * A failure is recorded on the repository and leaves the previous index and branch as they were.
 * One sync per repository at a time, never in its caller's transaction: the index update commits on
 * its own, so that a failure elsewhere cannot roll it back nor one here mark the caller's
 * transaction for rollback.
 */
@ApplicationScoped
public class RepositorySync {

  private static final Logger LOG = Logger.getLogger(RepositorySync.class.getName());

  /** Progress is written at most this often, besides each change of phase. */
  private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

  @Inject RunbookRepositories repositories;
  @Inject RunbookIndexStore index;
  @Inject SyncRecorder recorder;
  @Inject SyncLeases leases;
  @Inject Event<RunbookIndexChanged> changed;
  @Inject SyncMetrics metrics;
  @Inject Tracer tracer;
  @Resource ManagedExecutorService executor;
  @Inject RemoteFetch fetches;

  public boolean isRunning(RepositoryKey key) {
    return progress(key).isPresent();
  }

  /** How far the running sync of the repository is, on whichever node runs it. */
  public Optional<SyncProgress> progress(RepositoryKey key) {
    return repositories.registered(key).flatMap(repository -> leases.running(repository.id()));
  }

  /**
   * Syncs the repository now, and once more right after when a push asked for a sync meanwhile.
   *
   * @return how the first sync ended
   * @throws NotFound if no repository has this key
   * @throws StateConflict if this repository is syncing already
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public SyncOutcome sync(RepositoryKey key) {
    RunbookRepository repository =
        repositories
            .registered(key)
            .orElseThrow(() -> new NotFound("No runbook repository " + key + "."));
    String holder = leases.newHolder();
    if (!leases.take(repository.id(), holder)) {
      throw new StateConflict("Repository " + key + " is syncing already.");
    }
    return syncHoldingLease(key, repository.id(), holder);
  }

  /** Syncs the repository in the background, as {@link #syncSoon} does: a new one at once. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void syncInBackground(RepositoryKey key) {
    syncSoon(key, executor);
  }

  /**
   * Syncs the repository on {@code executor}, or, when a sync of it is running, has that one run
   * once more right after: it may have fetched before the push that asks now.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void syncSoon(RepositoryKey key, Executor executor) {
    Optional<RunbookRepository> registered = repositories.registered(key);
    if (registered.isEmpty()) {
      return;
    }
    Long id = registered.get().id();
    String holder = leases.newHolder();
    if (!leases.take(id, holder) && (leases.askAgain(id) || !leases.take(id, holder))) {
      return;
    }
    try {
      executor.execute(() -> syncHoldingLease(key, id, holder));
    } catch (RuntimeException rejected) {
      leases.release(id, holder);
      throw rejected;
    }
  }

  private SyncOutcome syncHoldingLease(RepositoryKey key, Long id, String holder) {
    try {
      SyncOutcome first = syncOnce(key, id, holder);
      while (leases.releaseOrRepeat(id, holder)) {
        syncOnce(key, id, holder);
      }
      return first;
    } catch (RuntimeException | Error e) {
      leases.release(id, holder);
      throw e;
    }
  }

  private SyncOutcome syncOnce(RepositoryKey key, Long id, String holder) {
    SyncMetrics.Stopwatch timing = metrics.start(SyncMetrics.Work.SYNC, key);
    boolean succeeded = false;
    try {
      SyncOutcome outcome = syncAndRecord(key, reporter(id, holder));
      succeeded = outcome.succeeded();
      return outcome;
    } finally {
      timing.stop(succeeded);
    }
  }

  /** Writes progress on a change of phase and at most every quarter second in between. */
  private SyncProgress.Listener reporter(Long id, String holder) {
    long[] last = {0};
    SyncPhase[] lastPhase = {null};
    return (phase, done, total) -> {
      long now = System.nanoTime();
      if (phase != lastPhase[0] || now - last[0] >= PROGRESS_EVERY_NANOS) {
        last[0] = now;
        lastPhase[0] = phase;
        leases.progress(id, holder, new SyncProgress(phase, done, total));
      }
    };
  }

  private SyncOutcome syncAndRecord(RepositoryKey key, SyncProgress.Listener progress) {
    Optional<RunbookRepository> registered = repositories.registered(key);
    if (registered.isEmpty()) {
      return SyncOutcome.failed(key, SyncFailure.NOT_FOUND, "The repository was removed.");
    }
    RunbookRepository repository = registered.get();
    try {
      recorder.started(key);
      Indexed indexed = fetchAndIndex(repository, progress);
      IndexUpdate update = indexed.update();
      progress.at(SyncPhase.SAVING, 0, 0);
      index.apply(repository.id(), update);
      if (repository.remote().isPresent()) {
        publish(repository, update.commit(), indexed.branchWas());
      }
      changed.fire(new RunbookIndexChanged(key, update.commit(), update));
      LOG.info(
          () ->
              "Synced runbook repository "
                  + key
                  + " at "
                  + update.commit()
                  + ": "
                  + update.filesRead()
                  + " files read, "
                  + update.removed().size()
                  + " removed");
      return SyncOutcome.of(key, update);
    } catch (SyncFailedException e) {
      return failed(key, e.failure(), e.getMessage());
    } catch (NoRunbooksException | NoSuchBranchException e) {
      return failed(key, SyncFailure.NOT_FOUND, e.getMessage());
    } catch (CredentialDecryptionException e) {
      return failed(key, SyncFailure.AUTHENTICATION, e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Sync of runbook repository " + key + " failed", e);
      return failed(
          key,
          SyncFailure.INTERNAL,
          "Reading or indexing the repository failed; the server log says why.");
    }
  }

  private SyncOutcome failed(RepositoryKey key, SyncFailure failure, String error) {
    recorder.failed(key, failure, error);
    LOG.warning(
        () -> "Sync of runbook repository " + key + " failed (" + failure.label() + "): " + error);
    return SyncOutcome.failed(key, failure, error);
  }

  /** What a sync indexed, and where the clone's branch was when it chose that commit. */
  private record Indexed(IndexUpdate update, Optional<String> branchWas) {}

  private Indexed fetchAndIndex(RunbookRepository repository, SyncProgress.Listener progress)
      throws IOException {
    Path directory = repositories.directoryOf(repository.key());
    Optional<String> historySince = leases.historyCommit(repository.id());
    if (repository.remote().isEmpty()) {
      try (RunbookGit git = RunbookGit.open(directory, tracer)) {
        String head =
            git.resolve()
                .branch(repository.branch())
                .call()
                .orElseThrow(() -> new NoRunbooksException("The branch has no commits."));
        return new Indexed(
            RunbookIndexer.update(
                git, head, repository.folder(), repository.indexedCommit(), historySince, progress),
            Optional.of(head));
      }
    }
    try (RunbookGit git = RunbookGit.openOrCreate(directory, repository.branch(), tracer)) {
      progress.at(SyncPhase.FETCHING, 0, 0);
      String fetched = fetches.fetch(git, repository);
      Optional<String> local = branchOf(git, repository);
      String head = notBehind(git, local, fetched);
      return new Indexed(
          RunbookIndexer.update(
              git, head, repository.folder(), repository.indexedCommit(), historySince, progress),
          local);
    }
  }

  private static Optional<String> branchOf(RunbookGit git, RunbookRepository repository)
      throws IOException {
    try {
      return git.resolve().branch(repository.branch()).call();
    } catch (NoSuchBranchException noBranchYet) {
      return Optional.empty();
    }
  }

  /**
   * The commit to index: the fetched one, or the clone's own branch when that holds it and more
   * (merges made here whose push is still queued), so that a sync never takes them back.
   */
  private static String notBehind(RunbookGit git, Optional<String> local, String fetched) {
    try {
      return local.isPresent()
              && !local.get().equals(fetched)
              && git.ancestry().of(fetched).in(local.get()).call()
          ? local.get()
          : fetched;
    } catch (GitAccessException unreadable) {
      return fetched;
    }
  }

  /**
   * Points the clone's branch at the indexed commit, unless a merge moved it since the sync read
   * it: that merge's own re-index follows and takes it in.
   */
  private void publish(RunbookRepository repository, String commit, Optional<String> branchWas)
      throws IOException {
    try (RunbookGit git = RunbookGit.open(repositories.directoryOf(repository.key()), tracer)) {
      String now =
          git.publish().branch(repository.branch()).commit(commit).expecting(branchWas).call();
      if (!now.equals(commit)) {
        LOG.info(
            () ->
                "The branch of "
                    + repository.key()
                    + " moved to "
                    + now
                    + " while syncing; left there for the next sync");
      }
    }
  }
}
