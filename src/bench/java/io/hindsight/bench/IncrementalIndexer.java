package io.hindsight.bench;

import io.hindsight.platform.markdown.FrontMatter;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.git.LastChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Brings an index up to a branch head that is one commit ahead of it: diffs the two trees and
 * re-reads only the files that changed. Their last change is that one new commit.
 */
final class IncrementalIndexer {

  private IncrementalIndexer() {}

  static RunbookIndex update(Path bareDir, RunbookIndex previous, String branch)
      throws IOException {
    try (Repository repository =
            new FileRepositoryBuilder().setGitDir(bareDir.toFile()).setMustExist(true).build();
        ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader);
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      RevCommit head = walk.parseCommit(repository.resolve(Constants.R_HEADS + branch));
      if (head.getParentCount() != 1 || !head.getParent(0).name().equals(previous.commitId())) {
        throw new IllegalStateException(branch + " is not one commit ahead of the index");
      }
      RevCommit parent = walk.parseCommit(head.getParent(0));
      diff.setReader(reader, repository.getConfig());
      List<DiffEntry> changes = diff.scan(parent.getTree(), head.getTree());
      Map<RunbookPath, RunbookIndex.Entry> entries = new HashMap<>(previous.entries());
      LastChange lastChange = lastChange(head);
      int unreadable = previous.unreadable();
      for (DiffEntry change : changes) {
        RunbookPath.parse(change.getOldPath()).ifPresent(entries::remove);
        Optional<RunbookPath> path = RunbookPath.parse(change.getNewPath());
        if (path.isEmpty() || !isRegularFile(change.getNewMode())) {
          continue;
        }
        byte[] bytes = reader.open(change.getNewId().toObjectId(), Constants.OBJ_BLOB).getBytes();
        Optional<FrontMatter> frontMatter =
            RunbookIndex.frontMatterOf(new String(bytes, StandardCharsets.UTF_8));
        unreadable += frontMatter.isEmpty() ? 1 : 0;
        entries.put(
            path.get(),
            new RunbookIndex.Entry(frontMatter.orElse(FrontMatter.empty()), lastChange));
      }
      return new RunbookIndex(head.name(), entries, unreadable);
    }
  }

  private static LastChange lastChange(RevCommit commit) {
    return new LastChange(
        commit.name(),
        commit.getAuthorIdent().getName(),
        commit.getAuthorIdent().getWhenAsInstant(),
        commit.getShortMessage());
  }

  private static boolean isRegularFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }
}
