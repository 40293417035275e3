package io.hindsight.runbook.git;

import java.time.Instant;
import java.util.Optional;

/**
 * A commit that touched a runbook: who, when, why, and the runbook's path in that commit (and its
 * earlier path when the commit renamed it).
 */
public record HistoryEntry(
    String commitId,
    String authorName,
    Instant authorTime,
    String message,
    String path,
    Optional<String> renamedFrom) {}
