package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.CloneAnswer;
import io.hindsight.runbook.domain.CloneState;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.NoSuchBranchException;
import io.hindsight.runbook.git.RunbookGit;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's bare clones of repositories with a remote, kept up with the shared index: a node
 * whose clone is missing, or lacks the commit another node indexed, fetches it from the remote
 * before it serves the repository (the remote is the truth, clones are caches), one fetch per
 * repository at a time on this node, and then points its branch at the indexed commit. A request
 * waits for that fetch a little; see {@link CloneState#answer()} for what it gets after.
 */
@ApplicationScoped
public class LocalClones {

  private static final Logger LOG = Logger.getLogger(LocalClones.class.getName());

  @Inject RunbookRepositories repositories;
  @Inject RepositorySync sync;
  @Inject RemoteFetch fetches;
  @Inject Tracer tracer;
  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "hindsight.clones.wait-seconds", defaultValue = "10")
  int waitSeconds;

  @Inject
  @ConfigProperty(name = "hindsight.clones.retry-seconds", defaultValue = "5")
  int retrySeconds;

  /** The indexed commit each clone was last seen to hold, so that a current clone costs no I/O. */
  private final Map<RepositoryKey, String> verified = new ConcurrentHashMap<>();

  private final Map<RepositoryKey, CompletableFuture<Void>> fetching = new ConcurrentHashMap<>();
  private final Map<RepositoryKey, Long> failedAt = new ConcurrentHashMap<>();

  /** How long a client is told to wait before it asks again. */
  public Duration retryAfter() {
    return Duration.ofSeconds(Math.max(1, retrySeconds));
  }

  /**
   * Makes sure this node can serve the repository, which has a remote and an indexed commit: starts
   * a fetch when its clone needs one and, when {@code wait}, waits for it up to the configured
   * time.
   */
  public CloneAnswer prepare(RunbookRepository repository, boolean wait) {
    CloneState state = state(repository);
    if (!state.needsFetch()) {
      return CloneAnswer.SERVE;
    }
    CompletableFuture<Void> fetch = fetch(repository);
    if (wait) {
      try {
        fetch.get(waitSeconds, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException stillNotThere) {
        LOG.fine(() -> "Serving " + repository.key() + " before its fetch ended");
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return state(repository).answer();
  }

  CloneState state(RunbookRepository repository) {
    RepositoryKey key = repository.key();
    String indexed = repository.indexedCommit().orElseThrow();
    Path directory = repositories.directoryOf(key);
    if (!Files.isDirectory(directory)) {
      verified.remove(key);
      return CloneState.MISSING;
    }
    if (indexed.equals(verified.get(key))) {
      return CloneState.CURRENT;
    }
    CloneState state;
    try (RunbookGit git = RunbookGit.open(directory)) {
      state =
          CloneState.of(
              true, git.resolve().commit(indexed).call().isPresent(), hasBranch(git, repository));
    } catch (IOException unreadable) {
      state = CloneState.MISSING;
    }
    if (state == CloneState.CURRENT) {
      verified.put(key, indexed);
    }
    return state;
  }

  private static boolean hasBranch(RunbookGit git, RunbookRepository repository)
      throws IOException {
    return branchOf(git, repository).isPresent();
  }

  private static Optional<String> branchOf(RunbookGit git, RunbookRepository repository)
      throws IOException {
    try {
      return git.resolve().branch(repository.branch()).call();
    } catch (NoSuchBranchException none) {
      return Optional.empty();
    }
  }

  /** The fetch of the repository running on this node, started now unless one runs or failed. */
  private CompletableFuture<Void> fetch(RunbookRepository repository) {
    RepositoryKey key = repository.key();
    Long failed = failedAt.get(key);
    if (failed != null
        && System.nanoTime() - failed < TimeUnit.SECONDS.toNanos(Math.max(1, retrySeconds))) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> running = fetching.putIfAbsent(key, mine);
    if (running != null) {
      return running;
    }
    try {
      executor.execute(() -> fetchAndPublish(repository, mine));
    } catch (RejectedExecutionException rejected) {
      fetching.remove(key, mine);
      mine.completeExceptionally(rejected);
    }
    return mine;
  }

  private void fetchAndPublish(RunbookRepository repository, CompletableFuture<Void> done) {
    RepositoryKey key = repository.key();
    try (RunbookGit git =
        RunbookGit.openOrCreate(repositories.directoryOf(key), repository.branch(), tracer)) {
      Optional<String> branchWas = branchOf(git, repository);
      fetches.fetch(git, repository);
      String indexed = repository.indexedCommit().orElseThrow();
      if (git.resolve().commit(indexed).call().isPresent()) {
        git.publish().branch(repository.branch()).commit(indexed).expecting(branchWas).call();
        LOG.info(() -> "Fetched the clone of " + key + " up to the indexed commit " + indexed);
      } else {
        LOG.info(() -> "The remote of " + key + " no longer holds " + indexed + ": syncing again");
        sync.syncInBackground(key);
      }
      failedAt.remove(key);
      done.complete(null);
    } catch (IOException | RuntimeException e) {
      failedAt.put(key, System.nanoTime());
      LOG.log(Level.WARNING, "Fetching the clone of " + key + " on this node failed", e);
      done.completeExceptionally(e);
    } finally {
      fetching.remove(key, done);
    }
  }
}
