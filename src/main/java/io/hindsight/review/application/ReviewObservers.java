package io.hindsight.review.application;

import io.hindsight.incident.application.IncidentResolved;
import io.hindsight.incident.domain.Severity;
import io.hindsight.runbook.application.RunbookIndexChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the queue current as things happen: a repository's index moved (new, changed and removed
 * runbooks, new lint errors), a P0/P1 incident resolved (its runbooks are due in 14 days).
 */
@ApplicationScoped
public class ReviewObservers {

  private static final Logger LOG = Logger.getLogger(ReviewObservers.class.getName());

  @Inject ReviewRefresh refresh;

  void indexChanged(@Observes RunbookIndexChanged changed) {
    try {
      refresh.repository(changed.repository());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Review queue of " + changed.repository() + " not refreshed; the sweep will.",
          e);
    }
  }

  /** After the resolving transaction committed, so that a failure here cannot undo it. */
  void resolved(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncidentResolved resolved) {
    Severity severity = resolved.incident().severity();
    if (severity == Severity.P0 || severity == Severity.P1) {
      try {
        refresh.incident(resolved.incident().id());
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Runbooks of " + resolved.incident().key() + " not queued; the sweep will.",
            e);
      }
    }
  }
}
