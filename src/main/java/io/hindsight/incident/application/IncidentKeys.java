package io.hindsight.incident.application;

import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.IncidentKeyCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gives out incident keys, one sequence per year, in the caller's transaction: the year's counter
 * row is locked until that transaction ends, so two declarations never get the same number and a
 * rolled-back declaration gives its number back.
 */
@ApplicationScoped
public class IncidentKeys {

  @PersistenceContext EntityManager em;
  @Inject NewYearCounters newYears;

  @Transactional(Transactional.TxType.MANDATORY)
  public IncidentKey next(int year) {
    IncidentKeyCounter counter =
        em.find(IncidentKeyCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      try {
        newYears.create(year);
      } catch (RuntimeException createdByAnotherDeclaration) {
        // The row exists now either way; the lock below waits for the other declaration.
      }
      counter = em.find(IncidentKeyCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    }
    return counter.next();
  }

  /**
   * Creates a year's counter in its own transaction, so that a duplicate does not spoil ours;
   * flushed here, so that a duplicate fails as the persistence exception the caller expects, not as
   * a failed commit.
   */
  @ApplicationScoped
  public static class NewYearCounters {

    @PersistenceContext EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(int year) {
      em.persist(new IncidentKeyCounter(year));
      em.flush();
    }
  }
}
