package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;

/**
 * CDI event fired after a repository's index moved to a new commit; search and lint observe it to
 * rebuild what they derive from the runbooks.
 */
public record RunbookIndexChanged(RepositoryKey repository, String commit, IndexUpdate update) {}
