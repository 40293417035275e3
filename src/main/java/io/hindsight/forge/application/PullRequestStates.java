package io.hindsight.forge.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;

/**
 * A pull request as a forge's API returns it, read as the event its state means: merged, closed
 * unmerged, or neither (still open), with the merge commit and who merged it.
 */
final class PullRequestStates {

  private PullRequestStates() {}

  /**
   * GitHub's and Gitea's pull request: {@code state} open or closed, {@code merged}, {@code
   * merge_commit_sha}, {@code merged_by.login}, {@code head.ref}.
   */
  static PullRequestEvent ofPull(JsonObject pull) {
    boolean closed = "closed".equals(pull.getString("state", ""));
    boolean merged = bool(pull, "merged");
    PullRequestEvent.Outcome outcome =
        merged
            ? PullRequestEvent.Outcome.MERGED
            : closed ? PullRequestEvent.Outcome.CLOSED : PullRequestEvent.Outcome.OTHER;
    String branch = pull.get("head") instanceof JsonObject head ? head.getString("ref", "") : "";
    return new PullRequestEvent(
        branch,
        outcome,
        text(pull, "merge_commit_sha").filter(sha -> merged),
        pull.get("merged_by") instanceof JsonObject user ? text(user, "login") : Optional.empty());
  }

  /**
   * GitLab's merge request: {@code state} opened, closed, locked or merged, {@code
   * merge_commit_sha} (or {@code squash_commit_sha}), {@code merge_user} or {@code merged_by},
   * {@code closed_by}, {@code source_branch}.
   */
  static PullRequestEvent ofMergeRequest(JsonObject request) {
    String state = request.getString("state", "");
    PullRequestEvent.Outcome outcome =
        switch (state) {
          case "merged" -> PullRequestEvent.Outcome.MERGED;
          case "closed" -> PullRequestEvent.Outcome.CLOSED;
          default -> PullRequestEvent.Outcome.OTHER;
        };
    Optional<String> commit =
        outcome == PullRequestEvent.Outcome.MERGED
            ? text(request, "merge_commit_sha").or(() -> text(request, "squash_commit_sha"))
            : Optional.empty();
    Optional<String> by =
        switch (outcome) {
          case MERGED -> user(request, "merge_user").or(() -> user(request, "merged_by"));
          case CLOSED -> user(request, "closed_by");
          case OTHER -> Optional.empty();
        };
    return new PullRequestEvent(request.getString("source_branch", ""), outcome, commit, by);
  }

  private static Optional<String> user(JsonObject object, String name) {
    return object.get(name) instanceof JsonObject user ? text(user, "username") : Optional.empty();
  }

  private static Optional<String> text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value && !value.getString().isBlank()
        ? Optional.of(value.getString())
        : Optional.empty();
  }

  private static boolean bool(JsonObject object, String name) {
    return object.get(name) != null
        && object.get(name).getValueType() == jakarta.json.JsonValue.ValueType.TRUE;
  }
}
