package io.hindsight.incident.api;

import io.hindsight.platform.text.SingleLine;
import java.util.List;

/** {@code PUT /api/v1/severities}: all four definitions, based on the current policy version. */
public record SeverityPolicyRequest(Integer version, List<Definition> severities) {

  /** One severity's definition; durations in minutes, no status-update cadence when null. */
  public record Definition(
      String severity,
      @SingleLine String name,
      String description,
      List<String> examples,
      Integer responseTargetMinutes,
      String notificationPolicy,
      Integer statusUpdateMinutes) {}
}
