package io.hindsight.forge.application;

import static io.hindsight.forge.application.RemarkPayloads.login;
import static io.hindsight.forge.application.RemarkPayloads.number;
import static io.hindsight.forge.application.RemarkPayloads.object;
import static io.hindsight.forge.application.RemarkPayloads.text;
import static io.hindsight.forge.application.RemarkPayloads.time;

import io.hindsight.forge.domain.RemarkKind;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * GitLab's comments and approvals on a merge request, as its webhooks send them: a {@code Note
 * Hook} whose {@code object_attributes.noteable_type} is {@code MergeRequest}, and a {@code Merge
 * Request Hook} with action {@code approval} (one person approved) or {@code approved} (the request
 * is approved). GitLab has no "request changes" review.
 */
final class GitLabRemarks {

  private GitLabRemarks() {}

  static Optional<PullRequestRemark> of(WebhookDelivery delivery) {
    String event = delivery.header("X-Gitlab-Event").orElse("");
    JsonObject payload = RemarkPayloads.payload(delivery);
    return switch (event) {
      case "Note Hook" -> note(payload);
      case "Merge Request Hook" -> approval(payload);
      default -> Optional.empty();
    };
  }

  private static Optional<PullRequestRemark> note(JsonObject payload) {
    Optional<JsonObject> note = object(payload, "object_attributes");
    if (!note.flatMap(n -> text(n, "noteable_type")).filter("MergeRequest"::equals).isPresent()) {
      return Optional.empty();
    }
    Optional<Long> request = object(payload, "merge_request").flatMap(r -> number(r, "iid"));
    Optional<Long> id = note.flatMap(n -> number(n, "id"));
    Optional<String> by = login(payload, "user");
    if (request.isEmpty() || id.isEmpty() || by.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PullRequestRemark(
            request.get(),
            "note-" + id.get(),
            RemarkKind.COMMENTED,
            by.get(),
            note.flatMap(n -> text(n, "note")).orElse(""),
            note.flatMap(n -> time(n, "created_at"))));
  }

  private static Optional<PullRequestRemark> approval(JsonObject payload) {
    Optional<JsonObject> request = object(payload, "object_attributes");
    String action = request.map(r -> r.getString("action", "")).orElse("");
    if (!action.equals("approval") && !action.equals("approved")) {
      return Optional.empty();
    }
    Optional<Long> iid = request.flatMap(r -> number(r, "iid"));
    Optional<String> by = login(payload, "user");
    if (iid.isEmpty() || by.isEmpty()) {
      return Optional.empty();
    }
    String when = request.flatMap(r -> text(r, "updated_at")).orElse("");
    return Optional.of(
        new PullRequestRemark(
            iid.get(),
            "approval-" + by.get() + "-" + when,
            RemarkKind.APPROVED,
            by.get(),
            "",
            request.flatMap(r -> time(r, "updated_at"))));
  }
}
