package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeRequest;
import java.time.Instant;
import java.util.Optional;

/** One change request in a list. */
public record ChangeSummary(
    long id,
    String repository,
    String path,
    String title,
    String state,
    String sourceKind,
    String sourceKey,
    String branch,
    String author,
    int approvals,
    Optional<String> mergeCommit,
    Optional<String> tag,
    Instant updatedAt,
    long version) {

  public static ChangeSummary of(ChangeRequest change) {
    return new ChangeSummary(
        change.id(),
        change.runbook().repository().value(),
        change.runbook().path().value(),
        change.title(),
        change.state().slug(),
        change.source().kind().slug(),
        change.source().key(),
        change.branch().value(),
        change.author().value(),
        change.approvals(),
        change.mergeCommit(),
        change.tag(),
        change.updatedAt(),
        change.version());
  }
}
