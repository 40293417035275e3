package io.hindsight.change.application;

import io.hindsight.change.domain.ChangePush;
import io.hindsight.platform.persistence.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The queue of merges to push, written in the merge's transaction so that a merge is never recorded
 * without its push nor pushed without its record; the worker is woken once that transaction has
 * committed.
 */
@ApplicationScoped
public class PushQueue {

  @PersistenceContext EntityManager em;
  @Inject AfterCommit afterCommit;
  @Inject PushWorker worker;

  public void enqueue(ChangePush push) {
    em.persist(push);
    afterCommit.once("push-wake-up", worker::wake);
  }

  /** The push of a post-mortem's latest commit straight to a base branch. */
  public Optional<ChangePush> ofPostmortem(String postmortemKey) {
    return em.createQuery(
            "select p from ChangePush p where p.postmortemKey = :key order by p.id desc",
            ChangePush.class)
        .setParameter("key", postmortemKey)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<ChangePush> of(long changeRequestId) {
    return em.createQuery(
            "select p from ChangePush p where p.changeRequestId = :id", ChangePush.class)
        .setParameter("id", changeRequestId)
        .getResultStream()
        .findFirst();
  }
}
