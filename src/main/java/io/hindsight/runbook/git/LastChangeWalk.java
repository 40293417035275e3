package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The last change of many paths, found in one walk of the history from a head commit. */
final class LastChangeWalk {

  private LastChangeWalk() {}

  /**
   * Walks the history once, children before parents. Each commit carries the paths whose newest
   * change is still unknown on its line of history. Like git's default history simplification, a
   * merge touches a path only if it differs from every parent; otherwise the path follows the first
   * parent with the same content, so changes the merge discarded are not reported.
   */
  static Map<RunbookPath, LastChange> of(
      Repository repository, ObjectReader reader, RevCommit head, Set<String> paths)
      throws IOException {
    Map<RunbookPath, LastChange> changes = new TreeMap<>();
    if (head == null || paths.isEmpty()) {
      return changes;
    }
    int unresolved = paths.size();
    Map<ObjectId, Set<String>> pending = new HashMap<>();
    pending.put(head.copy(), new HashSet<>(paths));
    try (RevWalk walk = new RevWalk(reader)) {
      walk.sort(RevSort.TOPO);
      walk.sort(RevSort.COMMIT_TIME_DESC, true);
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit = walk.next(); commit != null && unresolved > 0; commit = walk.next()) {
        Set<String> wanted = pending.remove(commit);
        if (wanted == null || wanted.isEmpty()) {
          continue;
        }
        Set<String> touched = new HashSet<>();
        Map<String, Integer> followedParent = new HashMap<>();
        diff(repository, reader, walk, commit, wanted, touched, followedParent);
        for (String path : touched) {
          changes.put(RunbookPath.of(path), toLastChange(commit));
          unresolved--;
        }
        for (String path : wanted) {
          if (!touched.contains(path) && commit.getParentCount() > 0) {
            RevCommit parent = commit.getParent(followedParent.getOrDefault(path, 0));
            pending.computeIfAbsent(parent.copy(), id -> new HashSet<>()).add(path);
          }
        }
      }
    }
    return Collections.unmodifiableMap(changes);
  }

  private static void diff(
      Repository repository,
      ObjectReader reader,
      RevWalk walk,
      RevCommit commit,
      Set<String> wanted,
      Set<String> touched,
      Map<String, Integer> followedParent)
      throws IOException {
    try (TreeWalk treeWalk = new TreeWalk(repository, reader)) {
      treeWalk.addTree(commit.getTree());
      if (commit.getParentCount() == 0) {
        treeWalk.addTree(new EmptyTreeIterator());
      }
      for (RevCommit parent : commit.getParents()) {
        treeWalk.addTree(walk.parseCommit(parent).getTree());
      }
      treeWalk.setFilter(
          AndTreeFilter.create(PathFilterGroup.createFromStrings(wanted), TreeFilter.ANY_DIFF));
      while (treeWalk.next()) {
        String path = treeWalk.getPathString();
        if (!wanted.contains(path)) {
          if (treeWalk.isSubtree()) {
            treeWalk.enterSubtree();
          }
          continue;
        }
        int sameParent = firstUnchangedParent(treeWalk, commit.getParentCount());
        if (sameParent < 0) {
          touched.add(path);
        } else {
          followedParent.put(path, sameParent);
        }
      }
    }
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

  private static LastChange toLastChange(RevCommit commit) {
    return new LastChange(
        commit.name(),
        commit.getAuthorIdent().getName(),
        commit.getAuthorIdent().getWhenAsInstant(),
        commit.getShortMessage(),
        commit.getCommitterIdent().getWhenAsInstant());
  }
}
