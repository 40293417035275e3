package io.hindsight.review.application;

import io.hindsight.action.application.ActionItems;
import io.hindsight.action.domain.ActionItem;
import io.hindsight.action.domain.StoredActionItem;
import io.hindsight.incident.application.RunbookUseFacts;
import io.hindsight.review.domain.ReasonKind;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RunbookRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of other features that make a runbook due sooner, as reasons to raise: open
 * runbook-improvement feedback, resolved P0/P1 incidents that used it, open runbook-update action
 * items, and lint errors of its latest commit.
 */
@ApplicationScoped
public class ReviewSignals {

  @Inject RunbookUseFacts incidents;
  @Inject ActionItems actionItems;

  /**
   * A reason to raise.
   *
   * @param whileOpen raised whenever the fact is open (feedback, action items), not only when it
   *     came after the last review (incidents, lint errors)
   */
  public record Raise(
      ReasonKind kind,
      String sourceKey,
      String label,
      Optional<String> link,
      Instant at,
      boolean whileOpen) {}

  /** Every open fact of every runbook, by runbook. */
  public Map<RunbookRef, List<Raise>> all() {
    Map<RunbookRef, List<Raise>> raises = new HashMap<>();
    for (RunbookUseFacts.Feedback feedback : incidents.openFeedback()) {
      raises
          .computeIfAbsent(feedback.runbook(), ref -> new ArrayList<>())
          .add(
              new Raise(
                  ReasonKind.FEEDBACK,
                  "feedback-" + feedback.id(),
                  feedback.problem().name().toLowerCase(Locale.ROOT)
                      + " at \""
                      + feedback.step()
                      + "\" ("
                      + feedback.incident().value()
                      + ")",
                  Optional.of(ReviewLinks.incident(feedback.incident().value())),
                  feedback.createdAt(),
                  true));
    }
    for (RunbookUseFacts.Use use : incidents.severeResolvedUses()) {
      raises
          .computeIfAbsent(use.runbook(), ref -> new ArrayList<>())
          .add(
              new Raise(
                  ReasonKind.INCIDENT,
                  use.incident().value(),
                  use.severity()
                      + " "
                      + use.incident().value()
                      + (use.restricted() ? " (restricted)" : ": " + use.title()),
                  Optional.of(ReviewLinks.incident(use.incident().value())),
                  use.resolvedAt().orElseThrow(),
                  false));
    }
    for (StoredActionItem stored : actionItems.openRunbookUpdates()) {
      ActionItem item = stored.item();
      item.runbook()
          .ifPresent(
              ref ->
                  raises
                      .computeIfAbsent(ref, key -> new ArrayList<>())
                      .add(
                          new Raise(
                              ReasonKind.ACTION_ITEM,
                              "action-" + stored.id(),
                              "action item " + stored.id() + ": " + item.title(),
                              Optional.of("action-items.xhtml"),
                              stored.createdAt(),
                              true)));
    }
    return raises;
  }

  /** The lint errors of a runbook's file, each once per last commit of the file. */
  public static List<Raise> lint(
      List<LintFinding> errors, Optional<String> lastCommit, Instant at) {
    List<Raise> raises = new ArrayList<>();
    String commit = lastCommit.map(id -> id.substring(0, Math.min(12, id.length()))).orElse("-");
    for (LintFinding error : errors) {
      raises.add(
          new Raise(
              ReasonKind.LINT,
              "lint-" + error.ruleId() + "-" + error.line().orElse(0) + "@" + commit,
              error.message(),
              Optional.empty(),
              at,
              false));
    }
    return raises;
  }
}
