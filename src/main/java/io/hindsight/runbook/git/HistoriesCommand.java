package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The histories of many files in one walk from a head commit, each as {@link HistoryCommand} gives
 * it ({@code git log --follow}): the commits that touched the file, newest first, following
 * renames. With {@link #since}, only the commits that commit does not reach, and for each file the
 * path it had at that commit, so that its earlier history can be taken from what was recorded then.
 *
 * <p>Each walked commit carries the paths, under their names at that commit, whose history goes on
 * through it. A commit whose file is the same as in one parent passes the path to that parent only,
 * as git's history simplification does; a commit that adds the file passes on the name it was
 * renamed from.
 */
public final class HistoriesCommand extends GitCommand<Map<RunbookPath, RangeHistory>> {

  private String head;
  private Optional<String> since = Optional.empty();
  private Collection<RunbookPath> paths = List.of();

  HistoriesCommand(Repository repository) {
    super(repository);
  }

  public HistoriesCommand at(String commitId) {
    this.head = commitId;
    return this;
  }

  /** Only the commits after this one; its own history is what was recorded for it. */
  public HistoriesCommand since(Optional<String> commitId) {
    this.since = commitId;
    return this;
  }

  public HistoriesCommand paths(Collection<RunbookPath> paths) {
    this.paths = List.copyOf(paths);
    return this;
  }

  @Override
  Map<RunbookPath, RangeHistory> run() throws IOException {
    HistoryWalks.counted();
    Map<String, List<HistoryEntry>> entries = new LinkedHashMap<>();
    Map<ObjectId, Map<String, String>> pending = new HashMap<>();
    Map<String, String> start = new HashMap<>();
    for (RunbookPath path : paths) {
      start.put(path.value(), path.value());
      entries.put(path.value(), new ArrayList<>());
    }
    Map<String, String> continuations = new HashMap<>();
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      walk.sort(RevSort.TOPO);
      walk.sort(RevSort.COMMIT_TIME_DESC, true);
      RevCommit first = parseCommit(walk, head);
      walk.markStart(first);
      RevCommit boundary = since.isPresent() ? parseCommit(walk, since.get()) : null;
      if (boundary != null) {
        walk.markUninteresting(boundary);
      }
      if (!start.isEmpty()) {
        pending.put(first.copy(), start);
      }
      for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
        Map<String, String> tracked = pending.remove(commit);
        if (tracked != null && !tracked.isEmpty()) {
          visit(reader, walk, commit, tracked, entries, pending);
        }
      }
      if (boundary != null) {
        collectContinuations(walk, boundary, pending, continuations);
      }
    }
    Map<RunbookPath, RangeHistory> histories = new TreeMap<>();
    entries.forEach(
        (path, list) ->
            histories.put(
                RunbookPath.of(path),
                new RangeHistory(list, Optional.ofNullable(continuations.get(path)))));
    return histories;
  }

  /** Records which name each path had where the walk stopped: the boundary's first. */
  private static void collectContinuations(
      RevWalk walk,
      RevCommit boundary,
      Map<ObjectId, Map<String, String>> pending,
      Map<String, String> continuations)
      throws IOException {
    Map<String, String> atBoundary = pending.remove(boundary);
    if (atBoundary != null) {
      atBoundary.forEach((name, headPath) -> continuations.putIfAbsent(headPath, name));
    }
    for (Map.Entry<ObjectId, Map<String, String>> left : pending.entrySet()) {
      if (walk.parseCommit(left.getKey()).has(RevFlag.UNINTERESTING)) {
        left.getValue().forEach((name, headPath) -> continuations.putIfAbsent(headPath, name));
      }
    }
  }

  private void visit(
      ObjectReader reader,
      RevWalk walk,
      RevCommit commit,
      Map<String, String> tracked,
      Map<String, List<HistoryEntry>> entries,
      Map<ObjectId, Map<String, String>> pending)
      throws IOException {
    int parents = commit.getParentCount();
    Map<String, Integer> sameAsParent = new HashMap<>();
    List<String> touched = new ArrayList<>();
    List<String> added = new ArrayList<>();
    try (TreeWalk treeWalk = new TreeWalk(repository, reader)) {
      treeWalk.setRecursive(true);
      treeWalk.addTree(commit.getTree());
      if (parents == 0) {
        treeWalk.addTree(new EmptyTreeIterator());
      }
      for (RevCommit parent : commit.getParents()) {
        treeWalk.addTree(walk.parseCommit(parent).getTree());
      }
      treeWalk.setFilter(
          AndTreeFilter.create(
              PathFilterGroup.createFromStrings(tracked.keySet()), TreeFilter.ANY_DIFF));
      while (treeWalk.next()) {
        String path = treeWalk.getPathString();
        if (!tracked.containsKey(path)) {
          continue;
        }
        int same = firstUnchangedParent(treeWalk, parents);
        if (same >= 0) {
          sameAsParent.put(path, same);
        } else {
          touched.add(path);
          if (parents == 1 && treeWalk.getRawMode(0) != 0 && treeWalk.getRawMode(1) == 0) {
            added.add(path);
          }
        }
      }
    }
    Map<String, String> renamedFrom =
        added.isEmpty() ? Map.of() : renames(reader, walk, commit, Set.copyOf(added));
    for (Map.Entry<String, String> path : tracked.entrySet()) {
      String name = path.getKey();
      String headPath = path.getValue();
      Integer same = sameAsParent.get(name);
      if (same != null) {
        carry(pending, commit.getParent(same), name, headPath);
        continue;
      }
      if (!touched.contains(name)) {
        if (parents > 0) {
          carry(pending, commit.getParent(0), name, headPath);
        }
        continue;
      }
      Optional<String> from = Optional.ofNullable(renamedFrom.get(name));
      entries
          .get(headPath)
          .add(
              new HistoryEntry(
                  commit.name(),
                  commit.getAuthorIdent().getName(),
                  commit.getAuthorIdent().getWhenAsInstant(),
                  commit.getFullMessage().strip(),
                  name,
                  from));
      for (RevCommit parent : commit.getParents()) {
        carry(pending, parent, from.orElse(name), headPath);
      }
    }
  }

  private static void carry(
      Map<ObjectId, Map<String, String>> pending, RevCommit parent, String name, String headPath) {
    pending.computeIfAbsent(parent.copy(), id -> new HashMap<>()).putIfAbsent(name, headPath);
  }

  /** For each of the added paths that a rename or copy made, the path it came from. */
  private Map<String, String> renames(
      ObjectReader reader, RevWalk walk, RevCommit commit, Set<String> added) throws IOException {
    Map<String, String> from = new HashMap<>();
    try (TreeWalk treeWalk = new TreeWalk(repository, reader)) {
      treeWalk.setRecursive(true);
      treeWalk.addTree(walk.parseCommit(commit.getParent(0)).getTree());
      treeWalk.addTree(commit.getTree());
      RenameDetector detector = new RenameDetector(repository);
      detector.addAll(DiffEntry.scan(treeWalk));
      for (DiffEntry entry : detector.compute()) {
        if ((entry.getChangeType() == DiffEntry.ChangeType.RENAME
                || entry.getChangeType() == DiffEntry.ChangeType.COPY)
            && added.contains(entry.getNewPath())) {
          from.putIfAbsent(entry.getNewPath(), entry.getOldPath());
        }
      }
    }
    return from;
  }

  private static int firstUnchangedParent(TreeWalk treeWalk, int parentCount) {
    for (int parent = 0; parent < parentCount; parent++) {
      int tree = parent + 1;
      if (treeWalk.getRawMode(0) == treeWalk.getRawMode(tree)
          && (treeWalk.getRawMode(0) == 0 || treeWalk.idEqual(0, tree))) {
        return parent;
      }
    }
    return -1;
  }
}
