package io.hindsight.change.application;

import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.runbook.domain.LintFinding;
import java.util.List;

/**
 * A change request as its page and the API show it: the texts before and after, the diff, lint
 * findings of both, the comments, whether the base moved under it, what the viewer may do, and the
 * blame check's warnings on the title and the comments (warnings, never refusals).
 */
public record ChangeDetail(
    ChangeSummary summary,
    String baseCommit,
    String headCommit,
    String before,
    String after,
    String renderedAfter,
    String diff,
    List<LintFinding> lintBefore,
    List<LintFinding> lintAfter,
    List<Comment> comments,
    boolean baseMoved,
    boolean significant,
    Allowed allowed,
    List<PostmortemView.Warning> blameWarnings) {

  public record Comment(
      String author, String verdict, String commit, String text, java.time.Instant at) {}

  /** What the viewer may do now. */
  public record Allowed(
      boolean edit, boolean submit, boolean review, boolean merge, boolean close) {}
}
