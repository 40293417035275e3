package io.hindsight.review.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The change request a "needs change" review asks for: which review it answers and the title it
 * starts with, the runbook's title and the first line of the reviewer's notes ("Restore: Swap steps
 * 1 and 2."), or "Update Restore after review #12" without notes. Only a "needs change" review asks
 * for one.
 */
public record ChangeAfterReview(long reviewId, String title) {

  /** As long as a change request's title may be. */
  public static final int MAX_TITLE = 200;

  public ChangeAfterReview {
    Objects.requireNonNull(title, "title");
  }

  /** Empty unless the review found that the runbook needs change. */
  public static Optional<ChangeAfterReview> of(
      long reviewId, ReviewOutcome outcome, String runbookTitle, Optional<String> notes) {
    if (outcome != ReviewOutcome.NEEDS_CHANGE) {
      return Optional.empty();
    }
    String runbook = oneLine(runbookTitle);
    String title =
        notes
            .flatMap(ChangeAfterReview::firstLine)
            .map(line -> runbook + ": " + line)
            .orElse("Update " + runbook + " after review #" + reviewId);
    return Optional.of(new ChangeAfterReview(reviewId, cut(title)));
  }

  /** The first line of the notes that says something, without its Markdown list or heading mark. */
  private static Optional<String> firstLine(String notes) {
    return notes
        .lines()
        .map(line -> line.replaceFirst("^\\s*(?:[-*+>#]+|\\d+[.)])\\s*", ""))
        .map(ChangeAfterReview::oneLine)
        .filter(line -> !line.isEmpty())
        .findFirst();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
  }

  private static String cut(String title) {
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
  }
}
