package io.hindsight.runbook.application;

import io.hindsight.platform.paging.ResultPage;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.HistoryEntry;
import io.hindsight.runbook.git.RunbookGit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A runbook's history on the branch users read, as the last sync recorded it: the commits that
 * touched it, newest first, following renames, and the unified diff each made to it. Reading it
 * walks no commit history; only a diff reads the one commit it is of.
 */
@ApplicationScoped
public class RunbookHistory {

  /** How many commits a runbook view shows before asking for more. */
  public static final int VIEW_SIZE = 80;

  @Inject RunbookRepositories repositories;
  @Inject RunbookHistoryStore store;

  /** The whole recorded history. */
  public List<HistoryEntry> of(RepositoryKey key, RunbookPath path) {
    return store.page(require(key).id(), path, 0, Integer.MAX_VALUE);
  }

  /** One page of the history, newest first. */
  public ResultPage<HistoryEntry> page(RepositoryKey key, RunbookPath path, int page, int size) {
    Long id = require(key).id();
    return new ResultPage<>(
        store.page(id, path, page * size, size), page, size, store.count(id, path));
  }

  /** The diff of one commit in the runbook's history, or empty if that commit is not in it. */
  public Optional<String> diff(RepositoryKey key, RunbookPath path, String commitId) {
    Optional<HistoryEntry> entry = store.find(require(key).id(), path, commitId);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    RepositoryLocation location =
        repositories
            .find(key)
            .orElseThrow(() -> new NotFound("No runbook repository " + key + "."));
    try (RunbookGit git = RunbookGit.open(location.bareDirectory())) {
      return Optional.of(git.diff().commit(entry.get().commitId()).path(entry.get().path()).call());
    } catch (IOException e) {
      throw repositories.unreadable(key, e);
    }
  }

  private RunbookRepository require(RepositoryKey key) {
    return repositories
        .registered(key)
        .orElseThrow(() -> new NotFound("No runbook repository " + key + "."));
  }
}
