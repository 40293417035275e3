package io.hindsight.action.api;

import java.time.LocalDate;

/** The JSON bodies the action item API reads. */
public final class ActionItemRequests {

  private ActionItemRequests() {}

  public record Runbook(String repository, String path) {}

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
