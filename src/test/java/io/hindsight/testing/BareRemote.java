package io.hindsight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
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
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A bare repository on disk that tests push commits to, built in memory with JGit (no working
 * tree): the remote a runbook repository is registered against.
 */
public final class BareRemote {

  private final Path dir;
  private final String branch;
  private Instant time = Instant.parse("2025-01-01T10:00:00Z");

  private BareRemote(Path dir, String branch) {
    this.dir = dir;
    this.branch = branch;
  }

  public static BareRemote create(Path dir, String branch) {
    try {
      Git.init().setBare(true).setGitDir(dir.toFile()).setInitialBranch(branch).call().close();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    return new BareRemote(dir, branch);
  }

  public Path directory() {
    return dir;
  }

  public String url() {
    return "file://" + dir.toAbsolutePath();
  }

  /** Dates the next commit at {@code time}; later ones follow an hour apart. */
  public BareRemote nextCommitAt(Instant time) {
    this.time = time.minusSeconds(3600);
    return this;
  }

  /** A commit on the branch; a {@code null} content deletes the path. */
  public String commit(String author, String message, Map<String, ?> files) {
    time = time.plusSeconds(3600);
    try (Repository repository = Git.open(dir.toFile()).getRepository();
        ObjectInserter inserter = repository.newObjectInserter();
        ObjectReader reader = repository.newObjectReader()) {
      Ref head = repository.exactRef(Constants.R_HEADS + branch);
      DirCache index = DirCache.newInCore();
      if (head != null) {
        try (RevWalk walk = new RevWalk(reader)) {
          DirCacheBuilder builder = index.builder();
          builder.addTree(new byte[0], 0, reader, walk.parseCommit(head.getObjectId()).getTree());
          builder.finish();
        }
      }
      DirCacheEditor editor = index.editor();
      for (Map.Entry<String, ?> file : files.entrySet()) {
        if (file.getValue() == null) {
          editor.add(new DirCacheEditor.DeletePath(file.getKey()));
          continue;
        }
        byte[] bytes =
            file.getValue() instanceof byte[] raw
                ? raw
                : file.getValue().toString().getBytes(StandardCharsets.UTF_8);
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, bytes);
        editor.add(
            new DirCacheEditor.PathEdit(file.getKey()) {
              @Override
              public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
              }
            });
      }
      editor.finish();
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(index.writeTree(inserter));
      if (head != null) {
        commit.setParentId(head.getObjectId());
      }
      PersonIdent ident =
          new PersonIdent(
              author,
              author.toLowerCase().replace(' ', '.') + "@example.com",
              time,
              ZoneOffset.UTC);
      commit.setAuthor(ident);
      commit.setCommitter(ident);
      commit.setMessage(message + "\n");
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      RefUpdate update = repository.updateRef(Constants.R_HEADS + branch);
      update.setNewObjectId(id);
      update.setForceUpdate(true);
      RefUpdate.Result result = update.update();
      if (result != RefUpdate.Result.NEW
          && result != RefUpdate.Result.FORCED
          && result != RefUpdate.Result.FAST_FORWARD) {
        throw new IOException("Could not update " + branch + ": " + result);
      }
      return id.name();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Map<String, Object> files(Object... pathsAndContents) {
    Map<String, Object> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put((String) pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return files;
  }
}
