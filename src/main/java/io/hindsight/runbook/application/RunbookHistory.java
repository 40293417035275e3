package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.HistoryEntry;
import io.hindsight.runbook.git.RunbookGit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A runbook's history on the branch users read: the commits that touched it, newest first,
 * following renames, and the unified diff each made to it.
 */
@ApplicationScoped
public class RunbookHistory {

  @Inject RunbookRepositories repositories;

  public List<HistoryEntry> of(RepositoryKey key, RunbookPath path) {
    RepositoryLocation location = require(key);
    try (RunbookGit git = RunbookGit.open(location.bareDirectory())) {
      return history(git, location, path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the history of " + path + " in " + key, e);
    }
  }

  /** The diff of one commit in the runbook's history, or empty if that commit is not in it. */
  public Optional<String> diff(RepositoryKey key, RunbookPath path, String commitId) {
    RepositoryLocation location = require(key);
    try (RunbookGit git = RunbookGit.open(location.bareDirectory())) {
      Optional<HistoryEntry> entry =
          history(git, location, path).stream()
              .filter(candidate -> candidate.commitId().equalsIgnoreCase(commitId))
              .findFirst();
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(git.diff().commit(entry.get().commitId()).path(entry.get().path()).call());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot diff " + path + " in " + key, e);
    }
  }

  private static List<HistoryEntry> history(
      RunbookGit git, RepositoryLocation location, RunbookPath path) throws IOException {
    Optional<String> head = git.resolve().branch(location.branch()).call();
    return head.isEmpty() ? List.of() : git.history().at(head.get()).path(path).call();
  }

  private RepositoryLocation require(RepositoryKey key) {
    return repositories
        .find(key)
        .orElseThrow(() -> new NotFound("No runbook repository " + key + "."));
  }
}
