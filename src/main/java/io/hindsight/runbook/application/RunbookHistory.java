package io.hindsight.runbook.application;

import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.GitRunbookReader;
import io.hindsight.runbook.git.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A runbook's history on the branch users read: the commits that touched it, newest first,
 * following renames, and the unified diff each made to it.
 */
@ApplicationScoped
public class RunbookHistory {

  @Inject RunbookRepositories repositories;

  public List<HistoryEntry> of(RepositoryKey key, RunbookPath path) {
    RepositoryLocation location = require(key);
    try (GitRunbookReader reader =
        GitRunbookReader.open(location.bareDirectory(), location.branch())) {
      Optional<String> head = reader.headCommitId();
      return head.isEmpty() ? List.of() : walk(reader.repository(), head.get(), path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the history of " + path + " in " + key, e);
    }
  }

  /** The diff of one commit in the runbook's history, or empty if that commit is not in it. */
  public Optional<String> diff(RepositoryKey key, RunbookPath path, String commitId) {
    RepositoryLocation location = require(key);
    try (GitRunbookReader reader =
        GitRunbookReader.open(location.bareDirectory(), location.branch())) {
      if (reader.headCommitId().isEmpty()) {
        return Optional.empty();
      }
      Repository repository = reader.repository();
      Optional<HistoryEntry> entry =
          walk(repository, reader.headCommitId().get(), path).stream()
              .filter(candidate -> candidate.commitId().equalsIgnoreCase(commitId))
              .findFirst();
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(format(repository, entry.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot diff " + path + " in " + key, e);
    }
  }

  private static List<HistoryEntry> walk(Repository repository, String head, RunbookPath path)
      throws IOException {
    List<HistoryEntry> entries = new ArrayList<>();
    DiffEntry[] renamed = new DiffEntry[1];
    String[] current = {path.value()};
    FollowFilter follow =
        FollowFilter.create(path.value(), repository.getConfig().get(DiffConfig.KEY));
    follow.setRenameCallback(
        new RenameCallback() {
          @Override
          public void renamed(DiffEntry entry) {
            renamed[0] = entry;
          }
        });
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setTreeFilter(follow);
      walk.markStart(walk.parseCommit(ObjectId.fromString(head)));
      for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
        Optional<String> from = Optional.empty();
        if (renamed[0] != null) {
          current[0] = renamed[0].getNewPath();
          from = Optional.of(renamed[0].getOldPath());
        }
        entries.add(
            new HistoryEntry(
                commit.name(),
                commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getWhenAsInstant(),
                commit.getFullMessage().strip(),
                current[0],
                from));
        if (renamed[0] != null) {
          current[0] = renamed[0].getOldPath();
          renamed[0] = null;
        }
      }
    }
    return entries;
  }

  private static String format(Repository repository, HistoryEntry entry) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out);
        RevWalk walk = new RevWalk(repository)) {
      formatter.setRepository(repository);
      formatter.setDetectRenames(true);
      RevCommit commit = walk.parseCommit(ObjectId.fromString(entry.commitId()));
      ObjectId parent =
          commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree();
      for (DiffEntry diff : formatter.scan(parent, commit.getTree())) {
        if (diff.getNewPath().equals(entry.path())
            || (diff.getChangeType() == DiffEntry.ChangeType.DELETE
                && diff.getOldPath().equals(entry.path()))) {
          formatter.format(diff);
        }
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private RepositoryLocation require(RepositoryKey key) {
    return repositories
        .find(key)
        .orElseThrow(() -> new UnknownRepositoryException("No runbook repository " + key + "."));
  }
}
