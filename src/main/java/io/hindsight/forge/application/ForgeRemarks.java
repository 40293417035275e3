package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import io.hindsight.forge.domain.ForgeRemark;
import io.hindsight.forge.domain.PullRequestRecord;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The reviews and comments given on a forge to change requests' pull requests: recorded from the
 * forge's webhooks (each once, by the forge's id of it) and read for the change request's page.
 */
@ApplicationScoped
@Transactional
public class ForgeRemarks {

  @Inject ForgeLogins logins;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /**
   * Records {@code remark} on the change request whose pull request it is; the change request's id,
   * or empty when no change request has that pull request.
   */
  public Optional<Long> record(RepositoryKey repository, ForgeKind kind, PullRequestRemark remark) {
    Optional<PullRequestRecord> pull =
        em.createQuery(
                "select r from PullRequestRecord r where r.repository = :repository"
                    + " and r.number = :number order by r.updatedAt desc",
                PullRequestRecord.class)
            .setParameter("repository", repository.value())
            .setParameter("number", remark.number())
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (pull.isEmpty()) {
      return Optional.empty();
    }
    long id = pull.get().changeRequestId();
    boolean known =
        !em.createQuery(
                "select r.id from ForgeRemark r where r.changeRequestId = :id and r.key = :key",
                Long.class)
            .setParameter("id", id)
            .setParameter("key", remark.key())
            .getResultList()
            .isEmpty();
    if (!known) {
      em.persist(
          new ForgeRemark(
              id,
              remark.key(),
              remark.kind(),
              remark.login(),
              logins.user(kind, remark.login()).map(u -> u.value()),
              remark.text(),
              remark.at().orElseGet(clock::instant)));
    }
    return Optional.of(id);
  }

  /** The change request's reviews and comments from its forge, oldest first. */
  public List<ForgeRemark> of(long changeRequestId) {
    return em.createQuery(
            "select r from ForgeRemark r where r.changeRequestId = :id order by r.at, r.id",
            ForgeRemark.class)
        .setParameter("id", changeRequestId)
        .getResultList();
  }
}
