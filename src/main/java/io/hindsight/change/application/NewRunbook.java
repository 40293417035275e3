package io.hindsight.change.application;

import java.util.Optional;

/**
 * A new runbook to write through a change request: the repository, the path of the new file from
 * the repository's root (inside its runbook folder), a title, and the first text to commit (none:
 * the editor starts from the template).
 */
public record NewRunbook(
    String repository, String path, Optional<String> title, Optional<String> content) {}
