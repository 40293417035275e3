package io.hindsight.forge.application;

import static io.hindsight.forge.application.RemarkPayloads.login;
import static io.hindsight.forge.application.RemarkPayloads.number;
import static io.hindsight.forge.application.RemarkPayloads.object;
import static io.hindsight.forge.application.RemarkPayloads.text;
import static io.hindsight.forge.application.RemarkPayloads.time;

import io.hindsight.forge.domain.RemarkKind;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;

/**
 * Gitea's (and Forgejo's) reviews and comments on a pull request, as its webhooks send them: a
 * review ({@code X-Gitea-Event} {@code pull_request_approved}, {@code pull_request_rejected} or
 * {@code pull_request_comment}; {@code review.type} says which) and a comment ({@code
 * issue_comment} with {@code is_pull} true, action {@code created}). A review carries no id of its
 * own, so the delivery's id stands for it.
 */
final class GiteaRemarks {

  private static final Set<String> REVIEW_EVENTS =
      Set.of("pull_request_approved", "pull_request_rejected", "pull_request_comment");

  private GiteaRemarks() {}

  static Optional<PullRequestRemark> of(WebhookDelivery delivery) {
    String event = delivery.header("X-Gitea-Event").orElse("");
    JsonObject payload = RemarkPayloads.payload(delivery);
    if (REVIEW_EVENTS.contains(event) && object(payload, "review").isPresent()) {
      return review(payload, RemarkPayloads.deliveryKey(delivery, "X-Gitea-Delivery"));
    }
    if (event.equals("issue_comment") && payload.getBoolean("is_pull", false)) {
      return comment(payload);
    }
    return Optional.empty();
  }

  private static Optional<PullRequestRemark> review(JsonObject payload, String delivery) {
    Optional<JsonObject> pull = object(payload, "pull_request");
    Optional<Long> number =
        pull.flatMap(p -> number(p, "number")).or(() -> number(payload, "number"));
    Optional<JsonObject> review = object(payload, "review");
    Optional<RemarkKind> kind = review.flatMap(r -> text(r, "type")).flatMap(GiteaRemarks::kind);
    Optional<String> by = login(payload, "sender");
    if (number.isEmpty() || kind.isEmpty() || by.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PullRequestRemark(
            number.get(),
            "review-" + delivery,
            kind.get(),
            by.get(),
            review.flatMap(r -> text(r, "content")).orElse(""),
            pull.flatMap(p -> time(p, "updated_at"))));
  }

  private static Optional<RemarkKind> kind(String type) {
    return switch (type) {
      case "pull_request_review_approved" -> Optional.of(RemarkKind.APPROVED);
      case "pull_request_review_rejected" -> Optional.of(RemarkKind.CHANGES_REQUESTED);
      case "pull_request_review_comment" -> Optional.of(RemarkKind.COMMENTED);
      default -> Optional.empty();
    };
  }

  private static Optional<PullRequestRemark> comment(JsonObject payload) {
    if (!"created".equals(payload.getString("action", ""))) {
      return Optional.empty();
    }
    Optional<Long> number = object(payload, "issue").flatMap(i -> number(i, "number"));
    Optional<JsonObject> comment = object(payload, "comment");
    Optional<Long> id = comment.flatMap(c -> number(c, "id"));
    Optional<String> by = comment.flatMap(c -> login(c, "user")).or(() -> login(payload, "sender"));
    if (number.isEmpty() || id.isEmpty() || by.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PullRequestRemark(
            number.get(),
            "comment-" + id.get(),
            RemarkKind.COMMENTED,
            by.get(),
            comment.flatMap(c -> text(c, "body")).orElse(""),
            comment.flatMap(c -> time(c, "created_at"))));
  }
}
