package io.hindsight.change.application;

import io.hindsight.postmortem.application.PostmortemView;
import io.hindsight.runbook.domain.LintFinding;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change request as its page and the API show it: the texts before and after, the diff, lint
 * findings of both, the comments, whether the base moved under it and where it now conflicts with
 * the base, what the viewer may do, and the blame check's warnings on the title and the comments
 * (warnings, never refusals), and its pull request on the repository's forge with the reviews and
 * comments given there; and, once merged into a repository with a remote, the push of the merge.
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
    List<Conflict> conflicts,
    boolean significant,
    Allowed allowed,
    List<PostmortemView.Warning> blameWarnings,
    Optional<PullRequest> pullRequest,
    Optional<Push> push) {

  /**
   * Lines that the base branch and this change both changed since the change started: from {@code
   * line} of the change's text, what the base has now and what the change has. A merge is refused
   * while there are any; a save resolves them, keeping the change's lines.
   */
  @Schema(name = "ChangeConflict")
  public record Conflict(int line, String base, String change) {}

  public record Comment(
      String author, String verdict, String commit, String text, java.time.Instant at) {}

  /**
   * The pull (merge) request on the repository's forge: which forge, its number and address, its
   * state there (open, merged, closed), and the reviews and comments given there, oldest first.
   */
  @Schema(name = "ChangePullRequest")
  public record PullRequest(
      String forge, long number, String url, String state, List<ForgeRemark> remarks) {}

  /**
   * A review or comment on the forge: {@code kind} approved, changes-requested or commented; {@code
   * login} who gave it there, {@code user} the Hindsight user who mapped that login.
   */
  @Schema(name = "ChangeForgeRemark")
  public record ForgeRemark(
      String kind, String login, Optional<String> user, String text, java.time.Instant at) {}

  /**
   * The push of the merge to the repository's remote: {@code state} pending, pushed, retrying (the
   * remote could not be reached or refused for now; {@code error} says why, {@code nextAttemptAt}
   * when it is tried again) or conflict (the remote's branch changed the same lines; {@code error}
   * says what to do); {@code commit} is what the remote's base branch got, the merge or a merge of
   * it onto commits the remote had meanwhile.
   */
  @Schema(name = "ChangePush")
  public record Push(
      String state,
      int attempts,
      Optional<java.time.Instant> pushedAt,
      Optional<String> commit,
      Optional<java.time.Instant> nextAttemptAt,
      Optional<String> error) {

    public static Push of(io.hindsight.change.domain.ChangePush push) {
      return new Push(
          push.state().word(),
          push.attempts(),
          push.pushedAt(),
          push.pushedCommit(),
          push.state().isDue() ? Optional.of(push.nextAttemptAt()) : Optional.empty(),
          push.lastError());
    }
  }

  /** What the viewer may do now. */
  public record Allowed(
      boolean edit, boolean submit, boolean review, boolean merge, boolean close) {}
}
