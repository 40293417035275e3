package io.hindsight.incident.api;

import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.incident.domain.RunbookLink;
import java.time.Instant;
import java.util.Locale;

/** Runbook links and runbook feedback as the API shows them. */
final class RunbookViews {

  private RunbookViews() {}

  /** A runbook used in the incident. */
  public record Link(String repository, String path, String linkedBy, Instant linkedAt) {
    static Link of(RunbookLink l) {
      return new Link(l.repository().value(), l.path().value(), l.linkedBy().value(), l.linkedAt());
    }
  }

  /** A flagged runbook step, waiting for review. */
  public record Feedback(
      long id,
      String repository,
      String path,
      String step,
      String problem,
      String note,
      String label,
      String state,
      String author,
      Instant createdAt) {
    static Feedback of(RunbookFeedback f) {
      return new Feedback(
          f.id(),
          f.repository().value(),
          f.path().value(),
          f.step(),
          f.problem().name().toLowerCase(Locale.ROOT),
          f.note(),
          f.label(),
          f.state().toLowerCase(Locale.ROOT),
          f.author().value(),
          f.createdAt());
    }
  }
}
