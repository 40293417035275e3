package io.hindsight.change.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * One writer per repository: a write lock on the repository's row for the rest of the caller's
 * transaction, which serialises writers on this node and on every other node sharing the database;
 * other repositories are not held up.
 */
@ApplicationScoped
public class RepositoryTurns {

  @PersistenceContext EntityManager em;

  /**
   * @throws NotFound when no repository has this key
   */
  public RunbookRepository take(RepositoryKey key) {
    return em.createQuery(
            "select r from RunbookRepository r where r.key = :key", RunbookRepository.class)
        .setParameter("key", key.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("No runbook repository named " + key + "."));
  }
}
