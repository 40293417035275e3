package io.hindsight.runbook.application;

import io.hindsight.platform.config.HindsightConfig;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The registered runbook repositories and where their bare clones live. */
@ApplicationScoped
public class RunbookRepositories {

  public static final RepositoryKey SAMPLE = RepositoryKey.of("sample");

  @Inject HindsightConfig config;
  @PersistenceContext EntityManager em;

  public Path sampleDirectory() {
    return directoryOf(SAMPLE);
  }

  public Path directoryOf(RepositoryKey key) {
    return config.repositoriesDirectory().resolve(key.value() + ".git");
  }

  /** Repositories whose bare clone exists, so that their runbooks can be read. */
  public List<RepositoryLocation> all() {
    return registered().stream().map(this::location).flatMap(Optional::stream).toList();
  }

  public Optional<RepositoryLocation> find(RepositoryKey key) {
    return registered(key).flatMap(this::location);
  }

  public List<RunbookRepository> registered() {
    return em.createQuery(
            "select r from RunbookRepository r order by r.key", RunbookRepository.class)
        .getResultList();
  }

  public Optional<RunbookRepository> registered(RepositoryKey key) {
    return em.createQuery(
            "select r from RunbookRepository r where r.key = :key", RunbookRepository.class)
        .setParameter("key", key.value())
        .getResultStream()
        .findFirst();
  }

  private Optional<RepositoryLocation> location(RunbookRepository repository) {
    Path directory = directoryOf(repository.key());
    boolean published = repository.remote().isEmpty() || repository.indexedCommit().isPresent();
    if (!published || !Files.isDirectory(directory)) {
      return Optional.empty();
    }
    return Optional.of(
        new RepositoryLocation(
            repository.key(),
            repository.name(),
            directory,
            repository.branch(),
            repository.folder()));
  }
}
