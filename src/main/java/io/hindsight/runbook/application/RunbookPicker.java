package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.IndexedRunbook;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runbooks found by a few typed letters of their title or path, across every repository, from the
 * database index (no Git read): what a picker shows while someone types.
 */
@ApplicationScoped
@Transactional
public class RunbookPicker {

  /** The most a picker lists at once. */
  public static final int MAX = 20;

  private static final int MAX_QUERY = 200;

  @PersistenceContext EntityManager em;
  @Inject RunbookRepositories repositories;

  /** A runbook as a picker lists it. */
  public record Pick(RepositoryKey repository, RunbookPath path, String title) {}

  /** Runbooks whose title or path contains {@code text} (any case), titles in order. */
  public List<Pick> find(String text, int limit) {
    String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (typed.isEmpty()) {
      return List.of();
    }
    if (typed.length() > MAX_QUERY) {
      typed = typed.substring(0, MAX_QUERY);
    }
    Map<Long, RepositoryKey> keys = keys();
    String pattern = "%" + escape(typed) + "%";
    return em.createQuery(
            "select r from IndexedRunbook r where"
                + " (lower(r.title) like :text escape '!' or lower(r.path) like :text escape '!')"
                + " order by lower(r.title), r.path",
            IndexedRunbook.class)
        .setParameter("text", pattern)
        .setMaxResults(Math.max(1, Math.min(limit, MAX)))
        .getResultStream()
        .filter(r -> keys.containsKey(r.repositoryId()))
        .map(r -> new Pick(keys.get(r.repositoryId()), r.path(), r.title()))
        .toList();
  }

  /** The indexed runbook at {@code path}, if its repository has one there. */
  public Optional<Pick> find(RepositoryKey repository, RunbookPath path) {
    return repositories
        .registered(repository)
        .flatMap(
            r ->
                em.createQuery(
                        "select i from IndexedRunbook i where i.repositoryId = :id and i.path = :path",
                        IndexedRunbook.class)
                    .setParameter("id", r.id())
                    .setParameter("path", path.value())
                    .getResultStream()
                    .findFirst())
        .map(i -> new Pick(repository, i.path(), i.title()));
  }

  private Map<Long, RepositoryKey> keys() {
    return repositories.registered().stream()
        .collect(Collectors.toMap(RunbookRepository::id, RunbookRepository::key, (a, b) -> a));
  }

  static String escape(String typed) {
    return typed.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
