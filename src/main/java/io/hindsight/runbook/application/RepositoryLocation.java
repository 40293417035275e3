package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import java.nio.file.Path;

/** Where a runbook repository's bare clone lives and which branch holds its runbooks. */
public record RepositoryLocation(
    RepositoryKey key, String name, Path bareDirectory, String branch) {}
