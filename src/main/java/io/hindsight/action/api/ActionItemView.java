package io.hindsight.action.api;

import io.hindsight.action.application.TrackedActionItem;
import io.hindsight.action.domain.ActionItem;
import io.hindsight.action.domain.TrackerLink;
import io.hindsight.platform.text.EnumNames;
import io.hindsight.postmortem.application.PostmortemView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An action item as the API shows it, with the blame warnings of its title (a warning, never a
 * refusal).
 */
public record ActionItemView(
    long id,
    String postmortem,
    String postmortemTitle,
    String factor,
    String title,
    String kind,
    String priority,
    String owner,
    LocalDate dueDate,
    boolean overdue,
    String status,
    String trackerLink,
    Runbook runbook,
    Instant completedAt,
    String wontDoReason,
    Instant createdAt,
    String createdBy,
    long version,
    List<PostmortemView.Warning> blameWarnings) {

  @Schema(name = "ActionItemRunbook")
  public record Runbook(String repository, String path) {}

  static ActionItemView of(
      TrackedActionItem tracked, LocalDate today, List<PostmortemView.Warning> blameWarnings) {
    ActionItem item = tracked.item();
    return new ActionItemView(
        tracked.stored().id(),
        tracked.postmortem().value(),
        tracked.postmortemTitle(),
        tracked.stored().factorId().orElse(null),
        item.title(),
        EnumNames.word(item.kind()),
        EnumNames.word(item.priority()),
        item.owner().value(),
        item.dueDate(),
        item.isOverdue(today),
        EnumNames.word(item.status()),
        item.trackerLink().map(TrackerLink::value).orElse(null),
        item.runbook().map(r -> new Runbook(r.repository().value(), r.path().value())).orElse(null),
        item.completedAt().orElse(null),
        item.wontDoReason().orElse(null),
        tracked.stored().createdAt(),
        tracked.stored().createdBy().value(),
        tracked.stored().version(),
        blameWarnings);
  }
}
