package io.hindsight.change.application;

import io.hindsight.action.application.ActionItemService;
import io.hindsight.action.application.TrackedActionItem;
import io.hindsight.action.domain.ActionItemKind;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeSource;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.incident.application.IncidentRunbooks;
import io.hindsight.incident.application.IncidentService;
import io.hindsight.incident.domain.IncidentKey;
import io.hindsight.incident.domain.RunbookFeedback;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.review.application.ReviewHistory;
import io.hindsight.review.domain.ReviewOutcome;
import io.hindsight.review.domain.RunbookReview;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The items change requests answer: which runbook a source names, and, on merge, closing what asked
 * for the change (the action item done, the feedback fixed).
 */
@ApplicationScoped
public class ChangeSources {

  @Inject ActionItemService actions;
  @Inject IncidentRunbooks incidentRunbooks;
  @Inject IncidentService incidents;
  @Inject ReviewHistory reviews;
  @Inject Clock clock;

  /** A source, the runbook it is about and a title to start from. */
  public record Resolved(ChangeSource source, RunbookRef runbook, String title) {}

  public Resolved resolve(OpenChange request, Caller caller) {
    Optional<RunbookRef> named =
        request.runbook().map(raw -> RunbookRef.parse(raw).orElseThrow(() -> badRunbook(raw)));
    return switch (request.sourceKind()) {
      case RUNBOOK -> {
        RunbookRef runbook =
            named.orElseThrow(() -> FieldRefused.field("runbook", "Say which runbook to change."));
        String key =
            caller.username().value().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "")
                + "-"
                + Long.toString(clock.millis(), 36);
        yield new Resolved(
            new ChangeSource(SourceKind.RUNBOOK, trim(key)),
            runbook,
            "Update " + runbook.path().fileName());
      }
      case ACTION_ITEM -> {
        long id = numericKey(request);
        TrackedActionItem item = actions.visible(id, caller);
        if (item.item().kind() != ActionItemKind.RUNBOOK_UPDATE
            || item.item().runbook().isEmpty()) {
          throw FieldRefused.field(
              "sourceKey", "Action item " + id + " is not a runbook update naming a runbook.");
        }
        yield new Resolved(
            new ChangeSource(SourceKind.ACTION_ITEM, String.valueOf(id)),
            item.item().runbook().get(),
            item.item().title());
      }
      case FEEDBACK -> {
        long id = numericKey(request);
        RunbookFeedback feedback =
            incidentRunbooks
                .feedbackItem(id, caller)
                .orElseThrow(() -> NotFound.of("feedback item", String.valueOf(id)));
        yield new Resolved(
            new ChangeSource(SourceKind.FEEDBACK, String.valueOf(id)),
            feedback.runbook(),
            "Clarify " + feedback.step());
      }
      case INCIDENT -> {
        String raw = request.sourceKey().orElse("");
        IncidentKey key =
            IncidentKey.parse(raw)
                .orElseThrow(() -> FieldRefused.field("sourceKey", "Not an incident key: " + raw));
        incidents.visible(key, caller);
        RunbookRef runbook =
            named.orElseThrow(() -> FieldRefused.field("runbook", "Say which runbook to change."));
        yield new Resolved(
            new ChangeSource(SourceKind.INCIDENT, key.value()),
            runbook,
            "Update after " + key.value());
      }
      case REVIEW -> {
        long id = numericKey(request);
        RunbookReview review =
            reviews.review(id).orElseThrow(() -> NotFound.of("runbook review", String.valueOf(id)));
        if (review.outcome() != ReviewOutcome.NEEDS_CHANGE) {
          throw new StateConflict(
              "Review "
                  + id
                  + " found the runbook "
                  + review.outcome().words()
                  + ": only a \"needs change\" review opens a change request.");
        }
        if (named.filter(runbook -> !runbook.equals(review.runbook())).isPresent()) {
          throw FieldRefused.field(
              "runbook",
              "Review " + id + " is of " + review.runbook() + ", not " + named.get() + ".");
        }
        yield new Resolved(
            new ChangeSource(SourceKind.REVIEW, String.valueOf(id)),
            review.runbook(),
            "Update after review " + id);
      }
      case POSTMORTEM ->
          throw FieldRefused.field(
              "sourceKind",
              "A post-mortem goes into Git from the post-mortem: POST"
                  + " /api/v1/postmortems/{key}/git.");
    };
  }

  /**
   * What the source asked for, in a line for the change request's page: the action item's title and
   * status, the feedback's problem and state, the review's outcome and notes; empty for a free
   * edit, or a source the caller may not see or that is gone.
   */
  public Optional<String> describe(ChangeSource source, Caller caller) {
    try {
      return switch (source.kind()) {
        case ACTION_ITEM -> {
          TrackedActionItem item = actions.visible(Long.parseLong(source.key()), caller);
          yield Optional.of(
              "Action item \""
                  + item.item().title()
                  + "\" of "
                  + item.postmortem().value()
                  + ", "
                  + item.item().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + ".");
        }
        case FEEDBACK ->
            incidentRunbooks
                .feedbackItem(Long.parseLong(source.key()), caller)
                .map(
                    f ->
                        "Feedback at \""
                            + f.step()
                            + "\": "
                            + f.problem()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ')
                            + (f.note() == null || f.note().isBlank() ? "" : " — " + f.note())
                            + " ("
                            + f.state()
                            + ").");
        case REVIEW ->
            reviews
                .review(Long.parseLong(source.key()))
                .map(
                    r ->
                        "Review #"
                            + r.id()
                            + " by "
                            + r.reviewer().value()
                            + " on "
                            + r.reviewedOn()
                            + ": "
                            + r.outcome().words()
                            + r.notes().map(n -> " — " + n).orElse("")
                            + ".");
        default -> Optional.empty();
      };
    } catch (RuntimeException hiddenOrGone) {
      return Optional.empty();
    }
  }

  /**
   * Closes what asked for the merged change: the action item is done, the feedback fixed. The
   * review that asked for it is recorded by {@link ReviewOnMerge}.
   */
  public void closeLoop(ChangeRequest change) {
    ChangeSource source = change.source();
    switch (source.kind()) {
      case ACTION_ITEM -> actions.completeByMergedChange(Long.parseLong(source.key()));
      case FEEDBACK -> incidentRunbooks.feedbackFixed(Long.parseLong(source.key()));
      default -> {}
    }
  }

  private static String trim(String key) {
    String k = key.length() > 40 ? key.substring(key.length() - 40) : key;
    return k.replaceAll("^[^A-Za-z0-9]+", "");
  }

  private static long numericKey(OpenChange request) {
    String raw = request.sourceKey().orElse("");
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException ignored) {
      // refused below
    }
    throw FieldRefused.field(
        "sourceKey", "Give the source's id, a positive number, not \"" + raw + "\".");
  }

  private static FieldRefused badRunbook(String raw) {
    return FieldRefused.field(
        "runbook", "Not a runbook reference <repository>/<path>.md: \"" + raw + "\".");
  }
}
