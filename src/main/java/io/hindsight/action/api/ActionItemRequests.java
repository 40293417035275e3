package io.hindsight.action.api;

import io.hindsight.platform.text.SingleLine;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies the action item API reads. */
public final class ActionItemRequests {

  private ActionItemRequests() {}

  @Schema(name = "ActionItemRunbookRequest")
  public record Runbook(@SingleLine String repository, @SingleLine String path) {}

  @Schema(name = "ActionItemCreateRequest")
  public record Create(
      String postmortem,
      String factor,
      @SingleLine String title,
      String kind,
      String priority,
      @SingleLine String owner,
      LocalDate dueDate,
      @SingleLine String trackerLink,
      Runbook runbook) {}

  @Schema(name = "ActionItemUpdateRequest")
  public record Update(
      Long version,
      String factor,
      @SingleLine String title,
      String priority,
      @SingleLine String owner,
      LocalDate dueDate,
      @SingleLine String trackerLink,
      String status,
      String reason) {}
}
