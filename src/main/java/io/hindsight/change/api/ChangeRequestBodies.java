package io.hindsight.change.api;

import io.hindsight.platform.text.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of {@code /api/v1/change-requests}. */
final class ChangeRequestBodies {

  private ChangeRequestBodies() {}

  /**
   * @param runbook {@code <repository>/<path>}, for a free edit, an incident or a review; with
   *     {@code newRunbook} the file to add, inside the repository's runbook folder
   * @param sourceKind runbook (a free edit, the default), action-item, feedback, incident, review
   * @param newRunbook true to add a runbook that does not exist yet (a free edit)
   * @param content with {@code newRunbook}, the new runbook's first text, committed at once;
   *     without it the change starts with no commit
   */
  public record Open(
      @SingleLine String runbook,
      String sourceKind,
      @SingleLine String sourceKey,
      @SingleLine String title,
      Boolean newRunbook,
      String content) {}

  public record Save(
      String content,
      @SingleLine String title,
      String message,
      Boolean significant,
      Long version) {}

  @Schema(name = "ChangeReviewRequest")
  public record Review(String verdict, String comment, Long version) {}

  public record Versioned(Long version) {}
}
