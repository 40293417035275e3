package io.hindsight.change.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of {@code /api/v1/change-requests}. */
final class ChangeRequestBodies {

  private ChangeRequestBodies() {}

  /**
   * @param runbook {@code <repository>/<path>}, for a free edit, an incident or a review
   * @param sourceKind runbook (a free edit, the default), action-item, feedback, incident, review
   */
  public record Open(String runbook, String sourceKind, String sourceKey, String title) {}

  public record Save(
      String content, String title, String message, Boolean significant, Long version) {}

  @Schema(name = "ChangeReviewRequest")
  public record Review(String verdict, String comment, Long version) {}

  public record Versioned(Long version) {}
}
