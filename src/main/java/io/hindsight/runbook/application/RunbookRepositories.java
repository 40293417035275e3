package io.hindsight.runbook.application;

import io.hindsight.platform.config.HindsightConfig;
import io.hindsight.platform.refusal.Unavailable;
import io.hindsight.runbook.domain.CloneAnswer;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The registered runbook repositories and where their bare clones live. */
@ApplicationScoped
public class RunbookRepositories {

  public static final RepositoryKey SAMPLE = RepositoryKey.of("sample");

  @Inject HindsightConfig config;
  @Inject LocalClones clones;
  @PersistenceContext EntityManager em;

  public Path sampleDirectory() {
    return directoryOf(SAMPLE);
  }

  public Path directoryOf(RepositoryKey key) {
    return config.repositoriesDirectory().resolve(key.value() + ".git");
  }

  /**
   * Repositories whose runbooks can be read on this node now. One whose clone this node still lacks
   * is left out (its first fetch starts), without waiting for it.
   */
  public List<RepositoryLocation> all() {
    return registered().stream()
        .map(repository -> location(repository, false))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The repository, ready to read on this node.
   *
   * @throws Unavailable while this node fetches the first clone of the repository from its remote
   */
  public Optional<RepositoryLocation> find(RepositoryKey key) {
    return registered(key).flatMap(repository -> location(repository, true));
  }

  public List<RunbookRepository> registered() {
    return em.createQuery(
            "select r from RunbookRepository r order by r.key", RunbookRepository.class)
        .getResultList();
  }

  public Optional<RunbookRepository> registered(RepositoryKey key) {
    return byKey(key).getResultStream().findFirst();
  }

  /**
   * The registered repository, write-locked until the transaction ends: transactions that rework
   * what hangs off one repository (its review queue) take turns, on any node.
   */
  public Optional<RunbookRepository> registeredForUpdate(RepositoryKey key) {
    return byKey(key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
  }

  private TypedQuery<RunbookRepository> byKey(RepositoryKey key) {
    return em.createQuery(
            "select r from RunbookRepository r where r.key = :key", RunbookRepository.class)
        .setParameter("key", key.value());
  }

  private Optional<RepositoryLocation> location(RunbookRepository repository, boolean wait) {
    Path directory = directoryOf(repository.key());
    if (repository.remote().isEmpty()) {
      return Files.isDirectory(directory)
          ? Optional.of(location(repository, directory))
          : Optional.empty();
    }
    if (repository.indexedCommit().isEmpty()) {
      return Optional.empty();
    }
    CloneAnswer answer = clones.prepare(repository, wait);
    if (answer != CloneAnswer.RETRY_LATER) {
      return Optional.of(location(repository, directory));
    }
    if (!wait) {
      return Optional.empty();
    }
    throw new Unavailable(
        "This Hindsight node is still fetching the runbook repository "
            + repository.key()
            + " from its remote; try again in a few seconds.",
        clones.retryAfter());
  }

  /**
   * What to throw when reading the repository's clone failed: {@link Unavailable} while this node's
   * clone is behind the index (a file the index names is not fetched yet), else the failure.
   */
  public RuntimeException unreadable(RepositoryKey key, IOException failure) {
    boolean behind =
        registered(key)
            .filter(repository -> repository.remote().isPresent())
            .filter(repository -> repository.indexedCommit().isPresent())
            .map(repository -> clones.prepare(repository, false) != CloneAnswer.SERVE)
            .orElse(false);
    if (behind) {
      return new Unavailable(
          "This Hindsight node is still fetching the newest commits of the runbook repository "
              + key
              + "; try again in a few seconds.",
          clones.retryAfter());
    }
    return new UncheckedIOException("Cannot read the runbook repository " + key, failure);
  }

  private static RepositoryLocation location(RunbookRepository repository, Path directory) {
    return new RepositoryLocation(
        repository.key(), repository.name(), directory, repository.branch(), repository.folder());
  }
}
