package io.hindsight.review.api;

import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.text.SingleLine;
import io.hindsight.review.application.ReviewService;
import io.hindsight.review.domain.ReviewOutcome;
import io.hindsight.review.domain.ServiceName;
import io.hindsight.security.domain.Username;
import java.time.Instant;
import java.util.Optional;

/** Request bodies of {@code /api/v1/reviews}. */
public final class ReviewRequests {

  private ReviewRequests() {}

  /**
   * @param version the item's version as loaded
   * @param outcome still_accurate, needs_change or retired
   * @param startedAt when the reviewer opened the runbook; reasons raised after stay open
   */
  public record Record(Long version, String outcome, String notes, Instant startedAt) {

    ReviewService.Submission submission() {
      if (version == null) {
        throw FieldRefused.field("version", "is required: send the version you loaded");
      }
      ReviewOutcome parsed =
          ReviewOutcome.parse(outcome)
              .filter(ReviewOutcome::submittable)
              .orElseThrow(
                  () ->
                      FieldRefused.field(
                          "outcome", "must be still_accurate, needs_change or retired"));
      return new ReviewService.Submission(
          version, parsed, Optional.ofNullable(notes), Optional.ofNullable(startedAt));
    }
  }

  /**
   * @param assignee a username, or null to leave it unassigned
   */
  public record Assign(Long version, @SingleLine String assignee) {

    Optional<Username> assigneeName() {
      return assignee == null || assignee.isBlank()
          ? Optional.empty()
          : Optional.of(
              Username.parse(assignee)
                  .orElseThrow(() -> FieldRefused.field("assignee", "must be a username")));
    }
  }

  public record Claim(Long version) {}

  /**
   * @param service the service or infrastructure changed, as runbooks name it in {@code services}
   * @param reference the pipeline's name for the change (deploy id, commit): the same reference
   *     reported again raises nothing new
   * @param description a few words on the change, shown with the reason
   */
  public record Change(
      @SingleLine String service, @SingleLine String reference, @SingleLine String description) {

    private static final int MAX_REFERENCE = 80;
    private static final int MAX_DESCRIPTION = 300;

    ServiceName serviceName() {
      return ServiceName.parse(service)
          .orElseThrow(
              () ->
                  FieldRefused.field(
                      "service",
                      "is required: the service as runbooks name it (letters, digits, . _ - /,"
                          + " up to "
                          + ServiceName.MAX_LENGTH
                          + " characters)"));
    }

    Optional<String> referenceWords() {
      return words("reference", reference, MAX_REFERENCE);
    }

    Optional<String> descriptionWords() {
      return words("description", description, MAX_DESCRIPTION);
    }

    private static Optional<String> words(String field, String raw, int max) {
      if (raw == null || raw.isBlank()) {
        return Optional.empty();
      }
      String words = raw.strip();
      if (words.length() > max || words.codePoints().anyMatch(Character::isISOControl)) {
        throw FieldRefused.field(field, "must be one line of at most " + max + " characters");
      }
      return Optional.of(words);
    }
  }
}
