package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeBranch;
import io.hindsight.change.domain.ChangeComment;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeState;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored change requests and their comments. */
@ApplicationScoped
public class ChangeRequests {

  @PersistenceContext EntityManager em;

  public Optional<ChangeRequest> find(long id) {
    return Optional.ofNullable(em.find(ChangeRequest.class, id));
  }

  public Optional<ChangeRequest> byBranch(RepositoryKey repository, ChangeBranch branch) {
    return em.createQuery(
            "select c from ChangeRequest c where c.runbook.repository = :repository"
                + " and c.branch = :branch",
            ChangeRequest.class)
        .setParameter("repository", repository.value())
        .setParameter("branch", branch.value())
        .getResultStream()
        .findFirst();
  }

  /**
   * The release tags merges of this repository gave, starting with {@code prefix}: what every node
   * has tagged, whichever clone made the tag.
   */
  public List<String> tagsStartingWith(RepositoryKey repository, String prefix) {
    return em.createQuery(
            "select c.tag from ChangeRequest c where c.runbook.repository = :repository"
                + " and c.tag like :prefix",
            String.class)
        .setParameter("repository", repository.value())
        .setParameter("prefix", prefix + "%")
        .getResultList();
  }

  /**
   * The change requests answering these sources of one kind, oldest first: a later one of the same
   * source comes after the one it follows.
   */
  public List<ChangeRequest> bySource(SourceKind kind, Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from ChangeRequest c where c.sourceKind = :kind and c.sourceKey in :keys"
                + " order by c.id",
            ChangeRequest.class)
        .setParameter("kind", kind)
        .setParameter("keys", keys)
        .getResultList();
  }

  /** The author's unfinished free edit of a runbook, which opening another free edit returns. */
  /**
   * The open changes, in repositories with a remote, whose branch the remote has behind its head (a
   * push failed, or the change predates pushing on every write).
   */
  public List<Long> remoteBehind() {
    return em.createQuery(
            "select c.id from ChangeRequest c, RunbookRepository r"
                + " where r.key = c.runbook.repository and r.remoteUrl is not null"
                + " and c.state not in (io.hindsight.change.domain.ChangeState.MERGED,"
                + " io.hindsight.change.domain.ChangeState.CLOSED)"
                + " and (c.commits.remoteHead is null or c.commits.remoteHead <> c.commits.head)"
                + " order by c.id",
            Long.class)
        .getResultList();
  }

  /**
   * Records that the remote has the change's branch at {@code commit}, while that is still its
   * head; not a new version of the change, which a user's next save is based on.
   */
  public void pushedTo(long id, String commit) {
    em.createQuery(
            "update ChangeRequest c set c.commits.remoteHead = :commit"
                + " where c.id = :id and c.commits.head = :commit")
        .setParameter("commit", commit)
        .setParameter("id", id)
        .executeUpdate();
  }

  public Optional<ChangeRequest> openFreeEdit(
      io.hindsight.runbook.domain.RunbookRef runbook,
      io.hindsight.security.domain.Username author) {
    return em.createQuery(
            "select c from ChangeRequest c where c.runbook.repository = :repository and"
                + " c.runbook.path = :path and c.author = :author and c.sourceKind ="
                + " io.hindsight.change.domain.SourceKind.RUNBOOK and c.state not in"
                + " (io.hindsight.change.domain.ChangeState.MERGED,"
                + " io.hindsight.change.domain.ChangeState.CLOSED) order by c.id",
            ChangeRequest.class)
        .setParameter("repository", runbook.repository().value())
        .setParameter("path", runbook.path().value())
        .setParameter("author", author)
        .getResultStream()
        .findFirst();
  }

  public ChangeRequest add(ChangeRequest change) {
    em.persist(change);
    em.flush();
    return change;
  }

  public void add(ChangeComment comment) {
    em.persist(comment);
  }

  public void flush() {
    em.flush();
  }

  public List<ChangeComment> comments(long changeId) {
    return em.createQuery(
            "select c from ChangeComment c where c.changeRequestId = :id order by c.createdAt, c.id",
            ChangeComment.class)
        .setParameter("id", changeId)
        .getResultList();
  }

  /** Approvals given to the change at a commit. */
  public long approvalsBy(long changeId, String reviewer, String commit) {
    return em.createQuery(
            "select count(c) from ChangeComment c where c.changeRequestId = :id and c.commit ="
                + " :commit and c.verdict = io.hindsight.change.domain.ReviewVerdict.APPROVE"
                + " and c.author = :reviewer",
            Long.class)
        .setParameter("id", changeId)
        .setParameter("commit", commit)
        .setParameter("reviewer", io.hindsight.security.domain.Username.of(reviewer))
        .getSingleResult();
  }

  /** One page, newest activity first, counted in the database. */
  public ResultPage<ChangeRequest> page(ChangeFilter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    filter
        .state()
        .ifPresent(
            state -> {
              where.append(" and c.state = :state");
              parameters.put("state", state);
            });
    filter
        .repository()
        .ifPresent(
            key -> {
              where.append(" and c.runbook.repository = :repository");
              parameters.put("repository", key.value());
            });
    filter
        .path()
        .ifPresent(
            path -> {
              where.append(" and c.runbook.path = :path");
              parameters.put("path", path.value());
            });
    filter
        .author()
        .ifPresent(
            author -> {
              where.append(" and c.author = :author");
              parameters.put("author", author);
            });
    filter
        .reviewableBy()
        .ifPresent(
            reviewer -> {
              where.append(" and c.state = :inReview and c.author <> :reviewer");
              parameters.put("inReview", ChangeState.IN_REVIEW);
              parameters.put("reviewer", reviewer);
            });
    TypedQuery<ChangeRequest> items =
        em.createQuery(
            "select c from ChangeRequest c" + where + " order by c.updatedAt desc, c.id desc",
            ChangeRequest.class);
    TypedQuery<Long> count =
        em.createQuery("select count(c) from ChangeRequest c" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<ChangeRequest> found =
        new ArrayList<>(items.setFirstResult(page * size).setMaxResults(size).getResultList());
    return new ResultPage<>(found, page, size, count.getSingleResult());
  }
}
