package io.hindsight.runbook.application;

import java.util.Optional;

/** Which indexed runbooks to list; an empty field does not filter. */
public record RunbookFilter(
    Optional<Long> repositoryId,
    Optional<String> owner,
    Optional<String> service,
    Optional<String> severity) {}
