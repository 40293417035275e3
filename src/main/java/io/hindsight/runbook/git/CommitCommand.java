package io.hindsight.runbook.git;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEditor.DeletePath;
import org.eclipse.jgit.dircache.DirCacheEditor.PathEdit;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Writes a commit without a working tree: its parent's files (none for a first commit) with some
 * put and some deleted. No branch moves; {@link CreateBranchCommand} points one at the result.
 */
public final class CommitCommand extends GitCommand<String> {

  private Optional<String> parent = Optional.empty();
  private final List<Edit> edits = new ArrayList<>();
  private PersonIdent author;
  private PersonIdent committer;
  private String message;

  CommitCommand(Repository repository) {
    super(repository);
  }

  public CommitCommand parent(String commitId) {
    this.parent = Optional.of(commitId);
    return this;
  }

  /** Adds or replaces a regular file. */
  public CommitCommand put(String path, byte[] content) {
    edits.add(new Edit(path, content.clone()));
    return this;
  }

  public CommitCommand delete(String path) {
    edits.add(new Edit(path, null));
    return this;
  }

  /** Who wrote the change and when; they commit it too unless a committer is given. */
  public CommitCommand author(String name, String email, OffsetDateTime when) {
    this.author = new PersonIdent(name, email, when.toInstant(), when.getOffset());
    return this;
  }

  /** Who wrote the commit down, when not the author: Hindsight, writing a user's change. */
  public CommitCommand committer(String name, String email, OffsetDateTime when) {
    this.committer = new PersonIdent(name, email, when.toInstant(), when.getOffset());
    return this;
  }

  /** The message as stored, trailing newline included. */
  public CommitCommand message(String message) {
    this.message = message;
    return this;
  }

  /**
   * @return the new commit's id
   */
  @Override
  String run() throws IOException {
    if (author == null || message == null) {
      throw new IllegalStateException("A commit needs an author and a message.");
    }
    try (ObjectInserter inserter = repository.newObjectInserter();
        ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      DirCache index = DirCache.newInCore();
      if (parent.isPresent()) {
        DirCacheBuilder builder = index.builder();
        builder.addTree(new byte[0], 0, reader, parseCommit(walk, parent.get()).getTree());
        builder.finish();
      }
      DirCacheEditor editor = index.editor();
      for (Edit edit : edits) {
        editor.add(edit.toPathEdit(inserter));
      }
      editor.finish();
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(index.writeTree(inserter));
      parent.ifPresent(id -> commit.setParentId(ObjectId.fromString(id)));
      commit.setAuthor(author);
      commit.setCommitter(committer == null ? author : committer);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id.name();
    }
  }

  /** Puts {@code content} at {@code path}, or deletes the path when there is none. */
  private record Edit(String path, byte[] content) {

    PathEdit toPathEdit(ObjectInserter inserter) throws IOException {
      if (content == null) {
        return new DeletePath(path);
      }
      ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
      return new PathEdit(path) {
        @Override
        public void apply(DirCacheEntry entry) {
          entry.setFileMode(FileMode.REGULAR_FILE);
          entry.setObjectId(blob);
        }
      };
    }
  }
}
