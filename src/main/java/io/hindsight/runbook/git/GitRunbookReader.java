package io.hindsight.runbook.git;

import io.hindsight.runbook.application.BranchNotFoundException;
import io.hindsight.runbook.domain.RunbookPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the Markdown files of one branch of a bare repository, as of the moment it was opened.
 * Never writes to the repository. Not thread-safe.
 */
public final class GitRunbookReader implements AutoCloseable {

  /**
   * The most bytes a runbook may have: the sync indexes a larger file without reading it, and no
   * page reads one.
   */
  public static final long MAX_RUNBOOK_BYTES = 5L * 1024 * 1024;

  private final Repository repository;
  private final ObjectReader reader;
  private final RevCommit head;

  private GitRunbookReader(Repository repository, RevCommit head) {
    this.repository = repository;
    this.reader = repository.newObjectReader();
    this.head = head;
  }

  /**
   * Opens {@code bareDir} at the current head of {@code branch}. A repository without any refs
   * reads as empty.
   *
   * @throws BranchNotFoundException if the repository has refs but not this branch
   */
  public static GitRunbookReader open(Path bareDir, String branch) throws IOException {
    String refName = Constants.R_HEADS + branch;
    if (branch == null || branch.isBlank() || !Repository.isValidRefName(refName)) {
      throw new IllegalArgumentException("Not a valid branch name: '" + branch + "'.");
    }
    return openRef(bareDir, refName, branch);
  }

  /**
   * Opens {@code bareDir} at the commit a full ref name ({@code refs/...}) points at, as {@link
   * #open} does for a branch.
   */
  public static GitRunbookReader openRef(Path bareDir, String refName) throws IOException {
    if (refName == null || !Repository.isValidRefName(refName)) {
      throw new IllegalArgumentException("Not a valid ref name: '" + refName + "'.");
    }
    return openRef(bareDir, refName, Repository.shortenRefName(refName));
  }

  private static GitRunbookReader openRef(Path bareDir, String refName, String branch)
      throws IOException {
    Repository repository = openBare(bareDir);
    try {
      Ref ref = repository.exactRef(refName);
      if (ref == null || ref.getObjectId() == null) {
        if (repository.getRefDatabase().hasRefs()) {
          throw new BranchNotFoundException(
              "Branch '" + branch + "' does not exist in the repository at " + bareDir + ".");
        }
        return new GitRunbookReader(repository, null);
      }
      try (RevWalk walk = new RevWalk(repository)) {
        return new GitRunbookReader(repository, walk.parseCommit(ref.getObjectId()));
      }
    } catch (IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  /** The commit this reader sees, or empty for a repository without commits. */
  public Optional<String> headCommitId() {
    return Optional.ofNullable(head).map(ObjectId::name);
  }

  /** Regular Markdown files at the head, by path; files whose names are not valid are left out. */
  public List<RunbookFile> list() throws IOException {
    if (head == null) {
      return List.of();
    }
    List<RunbookFile> files = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(head.getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        if (!isRegularFile(walk.getFileMode(0))) {
          continue;
        }
        Optional<RunbookPath> path = RunbookPath.parse(walk.getPathString());
        if (path.isPresent()) {
          ObjectId blob = walk.getObjectId(0);
          long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
          files.add(new RunbookFile(path.get(), blob.name(), size));
        }
      }
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return List.copyOf(files);
  }

  /** Every regular file at the head, Markdown or not, by repository-relative path. */
  public List<String> allFilePaths() throws IOException {
    if (head == null) {
      return List.of();
    }
    List<String> paths = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(head.getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        if (isRegularFile(walk.getFileMode(0))) {
          paths.add(walk.getPathString());
        }
      }
    }
    return List.copyOf(paths);
  }

  /**
   * The bytes of any regular file at the head, or empty when there is none at {@code path} or it
   * has more than {@code maxBytes}. The path must already be validated.
   */
  public Optional<byte[]> readBytes(String path, long maxBytes) throws IOException {
    if (head == null) {
      return Optional.empty();
    }
    try (TreeWalk walk = TreeWalk.forPath(repository, reader, path, head.getTree())) {
      if (walk == null || !isRegularFile(walk.getFileMode(0))) {
        return Optional.empty();
      }
      ObjectId blob = walk.getObjectId(0);
      if (reader.getObjectSize(blob, Constants.OBJ_BLOB) > maxBytes) {
        return Optional.empty();
      }
      return Optional.of(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE));
    }
  }

  /**
   * The file's content decoded as UTF-8, or empty when it is not a regular file at the head or has
   * more than {@link #MAX_RUNBOOK_BYTES}.
   */
  public Optional<String> read(RunbookPath path) throws IOException {
    return readBytes(path.value(), MAX_RUNBOOK_BYTES)
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * The newest commit that touched the path, as {@code git log -1 -- path} reports it; for a path
   * deleted before the head, that is the deleting commit.
   */
  public Optional<LastChange> lastChange(RunbookPath path) throws IOException {
    return Optional.ofNullable(
        LastChangeWalk.of(repository, reader, head, Set.of(path.value())).get(path));
  }

  /** {@link #lastChange} for every file {@link #list} returns, computed in one history walk. */
  public Map<RunbookPath, LastChange> lastChanges() throws IOException {
    Set<String> paths = new HashSet<>();
    for (RunbookFile file : list()) {
      paths.add(file.path().value());
    }
    return LastChangeWalk.of(repository, reader, head, paths);
  }

  /** {@link #lastChange} for each of the paths, computed in one history walk. */
  public Map<RunbookPath, LastChange> lastChanges(Collection<RunbookPath> wanted)
      throws IOException {
    Set<String> paths = new HashSet<>();
    for (RunbookPath path : wanted) {
      paths.add(path.value());
    }
    return LastChangeWalk.of(repository, reader, head, paths);
  }

  /** The repository this reader reads, for callers that walk it further; do not close it. */
  public Repository repository() {
    return repository;
  }

  /** The object reader of this reader, shared by callers reading blobs; do not close it. */
  public ObjectReader objectReader() {
    return reader;
  }

  private static boolean isRegularFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }

  private static Repository openBare(Path bareDir) throws IOException {
    if (!Files.isDirectory(bareDir)) {
      throw new RepositoryNotFoundException(
          "No runbook repository at " + bareDir + ": the directory does not exist.");
    }
    Repository repository =
        new FileRepositoryBuilder().setGitDir(bareDir.toFile()).setMustExist(true).build();
    if (!repository.isBare()) {
      repository.close();
      throw new RepositoryNotFoundException(
          "The repository at " + bareDir + " is not bare; runbooks are read from bare ones.");
    }
    return repository;
  }

  @Override
  public void close() {
    reader.close();
    repository.close();
  }
}
