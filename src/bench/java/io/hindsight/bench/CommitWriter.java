package io.hindsight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/** Writes commits straight into a bare repository from an in-memory index: no working tree. */
final class CommitWriter {

  private final Repository repository;
  private final ObjectInserter inserter;
  private final DirCache index = DirCache.newInCore();

  CommitWriter(Repository repository, ObjectInserter inserter) {
    this.repository = repository;
    this.inserter = inserter;
  }

  /** Starts from the tree of an existing commit instead of an empty one. */
  void startFrom(ObjectId commitId) throws IOException {
    try (ObjectReader reader = repository.newObjectReader()) {
      ObjectId tree = repository.parseCommit(commitId).getTree();
      DirCacheBuilder builder = index.builder();
      builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, tree);
      builder.finish();
    }
  }

  void put(String path, String content) throws IOException {
    ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8));
    DirCacheEditor editor = index.editor();
    editor.add(
        new DirCacheEditor.PathEdit(path) {
          @Override
          public void apply(DirCacheEntry entry) {
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(blob);
          }
        });
    editor.finish();
  }

  ObjectId commit(ObjectId parent, PersonIdent author, String message) throws IOException {
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(index.writeTree(inserter));
    if (parent != null) {
      commit.setParentId(parent);
    }
    commit.setAuthor(author);
    commit.setCommitter(author);
    commit.setMessage(message);
    return inserter.insert(commit);
  }

  /** Flushes the inserted objects and points the branch at the commit, whatever it was before. */
  void publish(String branch, ObjectId commit) throws IOException {
    inserter.flush();
    RefUpdate update = repository.updateRef(Constants.R_HEADS + branch);
    update.setNewObjectId(commit);
    update.setForceUpdate(true);
    RefUpdate.Result result = update.forceUpdate();
    if (result != RefUpdate.Result.NEW
        && result != RefUpdate.Result.FORCED
        && result != RefUpdate.Result.NO_CHANGE
        && result != RefUpdate.Result.FAST_FORWARD) {
      throw new IOException("Could not move " + branch + ": " + result);
    }
  }
}
