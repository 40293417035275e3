package io.hindsight.change.api;

import io.hindsight.change.application.NewRunbook;
import io.hindsight.change.application.OpenChange;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.text.EnumNames;
import java.util.Optional;

/**
 * Reads the body of {@code POST /change-requests}: a new runbook ({@code newRunbook: true}) or a
 * change to one that exists; refuses fields that belong to the other kind.
 */
final class ChangeRequestOpening {

  private ChangeRequestOpening() {}

  static NewRunbook newRunbook(ChangeRequestBodies.Open body) {
    if (body.sourceKind() != null
        && SourceKind.parse(body.sourceKind()).filter(k -> k == SourceKind.RUNBOOK).isEmpty()) {
      throw FieldRefused.field("sourceKind", "A new runbook is a free edit: leave sourceKind out.");
    }
    String runbook = body.runbook() == null ? "" : body.runbook().strip();
    int slash = runbook.indexOf('/');
    if (slash <= 0) {
      throw FieldRefused.field(
          "runbook", "Name the new runbook as <repository>/<path>.md, not \"" + runbook + "\".");
    }
    return new NewRunbook(
        runbook.substring(0, slash),
        runbook.substring(slash + 1),
        Optional.ofNullable(body.title()),
        Optional.ofNullable(body.content()));
  }

  static OpenChange existing(ChangeRequestBodies.Open body) {
    if (body.content() != null) {
      throw FieldRefused.field(
          "content",
          "is taken only with newRunbook: true; save the text of a change with PUT"
              + " /change-requests/{id}/content.");
    }
    SourceKind kind =
        body.sourceKind() == null
            ? SourceKind.RUNBOOK
            : SourceKind.parse(body.sourceKind())
                .orElseThrow(
                    () ->
                        FieldRefused.field(
                            "sourceKind", "must be one of " + EnumNames.list(SourceKind.class)));
    return new OpenChange(
        Optional.ofNullable(body.runbook()),
        kind,
        Optional.ofNullable(body.sourceKey()),
        Optional.ofNullable(body.title()));
  }
}
