package io.hindsight.action.api;

import io.hindsight.platform.text.SingleLine;
import java.time.LocalDate;

/** The JSON bodies the action item API reads. */
public final class ActionItemRequests {

  private ActionItemRequests() {}

  public record Runbook(@SingleLine String repository, @SingleLine String path) {}

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
