package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.LintFilter;
import io.hindsight.runbook.domain.RunbookFolder;
import java.util.Optional;

/**
 * Which indexed runbooks to list; an empty field does not filter.
 *
 * @param folder only the files in this folder and below it
 * @param text only those whose title, path, owner, severity, purpose or a service contains it,
 *     whatever the case
 * @param lint only those whose findings at the last snapshot read it keeps
 */
public record RunbookFilter(
    Optional<Long> repositoryId,
    Optional<String> owner,
    Optional<String> service,
    Optional<String> severity,
    Optional<RunbookFolder> folder,
    Optional<String> text,
    Optional<LintFilter> lint) {

  public RunbookFilter(
      Optional<Long> repositoryId,
      Optional<String> owner,
      Optional<String> service,
      Optional<String> severity) {
    this(
        repositoryId,
        owner,
        service,
        severity,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same filter, over the files in {@code folder} and below it. */
  public RunbookFilter inFolder(RunbookFolder folder) {
    return new RunbookFilter(
        repositoryId, owner, service, severity, Optional.of(folder), text, lint);
  }
}
