package io.hindsight.change.application;

import io.hindsight.change.domain.SourceKind;
import java.util.Optional;

/**
 * What opening a change request asks for: a runbook ({@code <repository>/<path>}) for a free edit,
 * or a source that names its runbook (an action item, a feedback item); a title, or the source's.
 */
public record OpenChange(
    Optional<String> runbook,
    SourceKind sourceKind,
    Optional<String> sourceKey,
    Optional<String> title) {}
