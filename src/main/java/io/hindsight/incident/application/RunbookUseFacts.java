package io.hindsight.incident.application;

import io.hindsight.incident.domain.Incident;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import io.hindsight.incident.domain.RunbookProblem;
import io.hindsight.incident.domain.Severity;
import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What incidents say about runbooks, for features that review them: the feedback raised on each
 * (and its answers), and the incidents that used each. Restricted incidents are named by key only.
 */
@ApplicationScoped
@Transactional
public class RunbookUseFacts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Feedback on a runbook step, with the key of the incident it was raised in. */
  public record Feedback(
      Long id,
      RunbookRef runbook,
      IncidentKey incident,
      boolean restricted,
      String step,
      RunbookProblem problem,
      String note,
      Username author,
      Instant createdAt,
      String state,
      Optional<String> stateReason) {}

  /** An incident that used a runbook. */
  public record Use(
      RunbookRef runbook,
      IncidentKey incident,
      String title,
      Severity severity,
      boolean restricted,
      Instant linkedAt,
      Optional<Instant> resolvedAt) {}

  /** Every feedback item still open, oldest first. */
  public List<Feedback> openFeedback() {
    return feedback(
        "where f.state = :open order by f.createdAt, f.id", Optional.empty(), RunbookFeedback.OPEN);
  }

  /**
   * One page of the feedback on every runbook (or on one repository's), newest first, in one state
   * ({@code OPEN}, {@code ACCEPTED}, {@code REJECTED}, {@code FIXED}) or in any when none is given,
   * with their number.
   */
  public ResultPage<Feedback> feedbackPage(
      Optional<String> state, Optional<RepositoryKey> repository, int page, int size) {
    String where =
        (state.isPresent() ? "f.state = :state" : "1 = 1")
            + (repository.isPresent() ? " and f.runbook.repository = :repository" : "");
    var rows =
        em.createQuery(
            "select f, i from RunbookFeedback f, Incident i where f.incidentId = i.id and "
                + where
                + " order by f.createdAt desc, f.id desc",
            Object[].class);
    var count = em.createQuery("select count(f) from RunbookFeedback f where " + where, Long.class);
    state.ifPresent(
        value -> {
          rows.setParameter("state", value);
          count.setParameter("state", value);
        });
    repository.ifPresent(
        key -> {
          rows.setParameter("repository", key.value());
          count.setParameter("repository", key.value());
        });
    List<Feedback> found =
        rows.setFirstResult(page * size)
            .setMaxResults(size)
            .getResultStream()
            .map(row -> feedback((RunbookFeedback) row[0], (Incident) row[1]))
            .toList();
    return new ResultPage<>(found, page, size, count.getSingleResult());
  }

  /** Every feedback item on one runbook, oldest first. */
  public List<Feedback> feedbackOn(RunbookRef runbook) {
    return feedback(
        "where f.runbook.repository = :repository and f.runbook.path = :path order by f.createdAt, f.id",
        Optional.of(runbook),
        null);
  }

  /** The resolved P0 and P1 incidents that used a runbook, oldest resolution first. */
  public List<Use> severeResolvedUses() {
    return em.createQuery(
            "select l, i from RunbookLink l, Incident i where l.incidentId = i.id"
                + " and i.severity in :severe and i.lifecycle.resolvedAt is not null"
                + " order by i.lifecycle.resolvedAt",
            Object[].class)
        .setParameter("severe", List.of(Severity.P0, Severity.P1))
        .getResultStream()
        .map(row -> use((RunbookLink) row[0], (Incident) row[1]))
        .toList();
  }

  /** The runbooks one incident used. */
  public List<RunbookRef> runbooksUsedIn(Long incidentId) {
    return em.createQuery(
            "select l from RunbookLink l where l.incidentId = :id order by l.linkedAt",
            RunbookLink.class)
        .setParameter("id", incidentId)
        .getResultStream()
        .map(RunbookLink::runbook)
        .toList();
  }

  /** The incidents that used one runbook, latest first. */
  public List<Use> usesOf(RunbookRef runbook) {
    return em.createQuery(
            "select l, i from RunbookLink l, Incident i where l.incidentId = i.id"
                + " and l.runbook.repository = :repository and l.runbook.path = :path"
                + " order by l.linkedAt desc",
            Object[].class)
        .setParameter("repository", runbook.repository().value())
        .setParameter("path", runbook.path().value())
        .setMaxResults(50)
        .getResultStream()
        .map(row -> use((RunbookLink) row[0], (Incident) row[1]))
        .toList();
  }

  /**
   * Answers open feedback; see {@link RunbookFeedback#answer}.
   *
   * @throws NotFound for an unknown feedback id
   */
  public void answer(Long feedbackId, String state, Optional<String> reason) {
    RunbookFeedback feedback = em.find(RunbookFeedback.class, feedbackId);
    if (feedback == null) {
      throw new NotFound("No runbook feedback " + feedbackId + ".");
    }
    feedback.answer(state, reason, clock.instant());
  }

  private List<Feedback> feedback(String where, Optional<RunbookRef> runbook, String state) {
    var query =
        em.createQuery(
            "select f, i from RunbookFeedback f, Incident i where f.incidentId = i.id and "
                + where.substring("where ".length()),
            Object[].class);
    runbook.ifPresent(
        ref ->
            query
                .setParameter("repository", ref.repository().value())
                .setParameter("path", ref.path().value()));
    if (state != null) {
      query.setParameter("open", state);
    }
    return query
        .getResultStream()
        .map(row -> feedback((RunbookFeedback) row[0], (Incident) row[1]))
        .toList();
  }

  private static Feedback feedback(RunbookFeedback f, Incident i) {
    return new Feedback(
        f.id(),
        f.runbook(),
        i.key(),
        i.restricted(),
        f.step(),
        f.problem(),
        f.note(),
        f.author(),
        f.createdAt(),
        f.state(),
        f.stateReason());
  }

  private static Use use(RunbookLink link, Incident incident) {
    return new Use(
        link.runbook(),
        incident.key(),
        incident.title().value(),
        incident.severity(),
        incident.restricted(),
        link.linkedAt(),
        incident.lifecycle().resolvedAt());
  }
}
