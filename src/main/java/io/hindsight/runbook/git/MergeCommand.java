package io.hindsight.runbook.git;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.ContentMergeStrategy;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Merges a change's head into a base commit in memory (three-way, no working tree) and writes the
 * result as a commit: a merge commit with both parents, or, rebased, one commit on the base. No
 * branch moves; {@link MoveBranchCommand} moves the base afterwards.
 */
public final class MergeCommand extends GitCommand<MergeOutcome> {

  private String base;
  private String head;
  private boolean rebase;
  private boolean keepInto;
  private PersonIdent author;
  private PersonIdent committer;
  private String message;

  MergeCommand(Repository repository) {
    super(repository);
  }

  public MergeCommand into(String baseCommit) {
    this.base = baseCommit;
    return this;
  }

  public MergeCommand from(String headCommit) {
    this.head = headCommit;
    return this;
  }

  /** Writes the merged files as one commit on the base instead of a merge commit. */
  public MergeCommand rebase(boolean rebase) {
    this.rebase = rebase;
    return this;
  }

  /**
   * Where both sides changed the same lines, keeps the lines of the commit merged into instead of
   * failing; every other change of both sides is merged as usual.
   */
  public MergeCommand onConflictKeepInto() {
    this.keepInto = true;
    return this;
  }

  public MergeCommand author(String name, String email, OffsetDateTime when) {
    this.author = new PersonIdent(name, email, when.toInstant(), when.getOffset());
    return this;
  }

  public MergeCommand committer(String name, String email, OffsetDateTime when) {
    this.committer = new PersonIdent(name, email, when.toInstant(), when.getOffset());
    return this;
  }

  public MergeCommand message(String message) {
    this.message = message;
    return this;
  }

  /**
   * @return the new commit, or the conflicting paths and no commit
   */
  @Override
  MergeOutcome run() throws IOException {
    if (base == null || head == null || author == null || message == null) {
      throw new IllegalStateException("A merge needs a base, a head, an author and a message.");
    }
    try (ObjectInserter inserter = repository.newObjectInserter();
        RevWalk walk = new RevWalk(repository)) {
      RevCommit baseCommit = parseCommit(walk, base);
      RevCommit headCommit = parseCommit(walk, head);
      ResolveMerger merger =
          (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(inserter, repository.getConfig());
      if (keepInto) {
        merger.setContentMergeStrategy(ContentMergeStrategy.OURS);
      }
      if (!merger.merge(baseCommit, headCommit)) {
        return new MergeOutcome(
            Optional.empty(),
            merger.getUnmergedPaths().isEmpty()
                ? merger.getFailingPaths() == null
                    ? List.of()
                    : List.copyOf(merger.getFailingPaths().keySet())
                : merger.getUnmergedPaths());
      }
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(merger.getResultTreeId());
      if (rebase) {
        commit.setParentId(baseCommit);
      } else {
        commit.setParentIds(baseCommit, headCommit);
      }
      commit.setAuthor(author);
      commit.setCommitter(committer == null ? author : committer);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return new MergeOutcome(Optional.of(id.name()), List.of());
    }
  }
}
