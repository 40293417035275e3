package io.hindsight.forge.application;

import io.hindsight.forge.domain.PullRequestRecord;
import io.hindsight.forge.domain.PullRequestState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The pull request of each change request, each step of its opening in a short transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PullRequestRecords {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Optional<PullRequestRecord> of(long changeRequestId) {
    return Optional.ofNullable(em.find(PullRequestRecord.class, changeRequestId));
  }

  public Optional<String> pushedHead(long changeRequestId) {
    return of(changeRequestId).flatMap(PullRequestRecord::pushedHead);
  }

  public void pushed(long changeRequestId, String repository, String head) {
    PullRequestRecord record = em.find(PullRequestRecord.class, changeRequestId);
    if (record == null) {
      record = new PullRequestRecord(changeRequestId, repository, clock.instant());
      em.persist(record);
    }
    record.pushed(head, clock.instant());
  }

  public void opened(long changeRequestId, PullRequest pull, String note) {
    em.find(PullRequestRecord.class, changeRequestId)
        .opened(pull.number(), pull.url(), note, clock.instant());
  }

  /**
   * Up to {@code limit} pull requests still open on their forge, those checked longest ago first.
   */
  public List<PullRequestRecord> open(int limit) {
    return em.createQuery(
            "select r from PullRequestRecord r where r.state = :open and r.number > 0"
                + " order by r.updatedAt, r.changeRequestId",
            PullRequestRecord.class)
        .setParameter("open", PullRequestState.OPEN)
        .setMaxResults(limit)
        .getResultList();
  }

  public void checked(long changeRequestId, Optional<String> note) {
    of(changeRequestId).ifPresent(record -> record.checked(note, clock.instant()));
  }

  public void finished(long changeRequestId, PullRequestState state) {
    of(changeRequestId).ifPresent(record -> record.finished(state, clock.instant()));
  }
}
