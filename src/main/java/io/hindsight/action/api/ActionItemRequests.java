package io.hindsight.action.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the action item API reads. */
public final class ActionItemRequests {

  private ActionItemRequests() {}

  @Schema(name = "ActionItemRunbookRequest")
  public record Runbook(String repository, String path) {}

  @Schema(name = "ActionItemCreateRequest")
  public record Create(
      String postmortem,
      String factor,
      String title,
      String kind,
      String priority,
      String owner,
      LocalDate dueDate,
      String trackerLink,
      Runbook runbook) {}

  @Schema(name = "ActionItemUpdateRequest")
  public record Update(
      Long version,
      String factor,
      String title,
      String priority,
      String owner,
      LocalDate dueDate,
      String trackerLink,
      String status,
      String reason) {}
}
