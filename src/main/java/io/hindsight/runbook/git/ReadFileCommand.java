package io.hindsight.runbook.git;

import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The bytes of a regular file at a commit, or of a blob by its id. No more than {@link
 * RunbookFile#MAX_BYTES} are read unless a caller allows more.
 */
public final class ReadFileCommand extends GitCommand<Optional<byte[]>> {

  private String commit;
  private String path;
  private String blobId;
  private long maxBytes = RunbookFile.MAX_BYTES;

  ReadFileCommand(Repository repository) {
    super(repository);
  }

  /** A repository-relative path, already validated. */
  public ReadFileCommand path(String path) {
    this.path = path;
    this.blobId = null;
    return this;
  }

  public ReadFileCommand path(RunbookPath path) {
    return path(path.value());
  }

  public ReadFileCommand at(String commitId) {
    this.commit = commitId;
    return this;
  }

  public ReadFileCommand blob(String id) {
    this.blobId = id;
    this.path = null;
    return this;
  }

  public ReadFileCommand maxBytes(long maxBytes) {
    this.maxBytes = maxBytes;
    return this;
  }

  /**
   * @return the bytes; empty when there is no regular file at the path, or it has more than the
   *     bytes allowed
   */
  @Override
  Optional<byte[]> run() throws IOException {
    try (ObjectReader reader = repository.newObjectReader()) {
      Optional<ObjectId> blob =
          blobId != null ? Optional.of(ObjectId.fromString(blobId)) : find(reader);
      if (blob.isEmpty() || reader.getObjectSize(blob.get(), Constants.OBJ_BLOB) > maxBytes) {
        return Optional.empty();
      }
      return Optional.of(
          reader
              .open(blob.get(), Constants.OBJ_BLOB)
              .getBytes((int) Math.min(maxBytes, Integer.MAX_VALUE)));
    }
  }

  private Optional<ObjectId> find(ObjectReader reader) throws IOException {
    if (path == null) {
      throw new IllegalStateException("Say what to read: path(p) at(commit), or blob(id).");
    }
    try (RevWalk revWalk = new RevWalk(reader);
        TreeWalk walk =
            TreeWalk.forPath(repository, reader, path, parseCommit(revWalk, commit).getTree())) {
      if (walk == null || !isRegularFile(walk.getFileMode(0))) {
        return Optional.empty();
      }
      return Optional.of(walk.getObjectId(0));
    }
  }
}
