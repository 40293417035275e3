package io.hindsight.forge.application;

import static io.hindsight.forge.application.RemarkPayloads.login;
import static io.hindsight.forge.application.RemarkPayloads.number;
import static io.hindsight.forge.application.RemarkPayloads.object;
import static io.hindsight.forge.application.RemarkPayloads.text;
import static io.hindsight.forge.application.RemarkPayloads.time;

import io.hindsight.forge.domain.RemarkKind;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Optional;

/**
 * GitHub's reviews and comments on a pull request, as its webhooks send them: {@code
 * pull_request_review} (action {@code submitted}, {@code review.state} approved, changes_requested
 * or commented), {@code issue_comment} on an issue that is a pull request (action {@code created})
 * and {@code pull_request_review_comment} (a comment on a line, action {@code created}).
 */
final class GitHubRemarks {

  private GitHubRemarks() {}

  static Optional<PullRequestRemark> of(WebhookDelivery delivery) {
    String event = delivery.header("X-GitHub-Event").orElse("");
    JsonObject payload = RemarkPayloads.payload(delivery);
    return switch (event) {
      case "pull_request_review" -> review(payload);
      case "issue_comment" -> issueComment(payload);
      case "pull_request_review_comment" -> lineComment(payload);
      default -> Optional.empty();
    };
  }

  private static Optional<PullRequestRemark> review(JsonObject payload) {
    if (!"submitted".equals(payload.getString("action", ""))) {
      return Optional.empty();
    }
    Optional<JsonObject> review = object(payload, "review");
    Optional<Long> pull = object(payload, "pull_request").flatMap(p -> number(p, "number"));
    Optional<RemarkKind> kind = review.flatMap(r -> text(r, "state")).flatMap(GitHubRemarks::kind);
    Optional<Long> id = review.flatMap(r -> number(r, "id"));
    Optional<String> by = review.flatMap(r -> login(r, "user")).or(() -> login(payload, "sender"));
    if (pull.isEmpty() || kind.isEmpty() || id.isEmpty() || by.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PullRequestRemark(
            pull.get(),
            "review-" + id.get(),
            kind.get(),
            by.get(),
            review.flatMap(r -> text(r, "body")).orElse(""),
            review.flatMap(r -> time(r, "submitted_at"))));
  }

  private static Optional<RemarkKind> kind(String state) {
    return switch (state.toLowerCase(Locale.ROOT)) {
      case "approved" -> Optional.of(RemarkKind.APPROVED);
      case "changes_requested" -> Optional.of(RemarkKind.CHANGES_REQUESTED);
      case "commented" -> Optional.of(RemarkKind.COMMENTED);
      default -> Optional.empty();
    };
  }

  private static Optional<PullRequestRemark> issueComment(JsonObject payload) {
    Optional<JsonObject> issue = object(payload, "issue");
    boolean onPull = issue.flatMap(i -> object(i, "pull_request")).isPresent();
    if (!onPull) {
      return Optional.empty();
    }
    return comment(payload, issue.flatMap(i -> number(i, "number")));
  }

  private static Optional<PullRequestRemark> lineComment(JsonObject payload) {
    return comment(payload, object(payload, "pull_request").flatMap(p -> number(p, "number")));
  }

  private static Optional<PullRequestRemark> comment(JsonObject payload, Optional<Long> pull) {
    if (!"created".equals(payload.getString("action", ""))) {
      return Optional.empty();
    }
    Optional<JsonObject> comment = object(payload, "comment");
    Optional<Long> id = comment.flatMap(c -> number(c, "id"));
    Optional<String> by = comment.flatMap(c -> login(c, "user")).or(() -> login(payload, "sender"));
    if (pull.isEmpty() || id.isEmpty() || by.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PullRequestRemark(
            pull.get(),
            "comment-" + id.get(),
            RemarkKind.COMMENTED,
            by.get(),
            comment.flatMap(c -> text(c, "body")).orElse(""),
            comment.flatMap(c -> time(c, "created_at"))));
  }
}
