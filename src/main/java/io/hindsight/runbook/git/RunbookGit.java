package io.hindsight.runbook.git;

import io.opentelemetry.api.trace.Tracer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.lib.RepositoryCache.FileKey;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * One bare runbook repository, opened for a series of commands in the manner of JGit's {@code Git},
 * without a working tree. Each command is set up by its setters and run by {@code call()}, which
 * throws {@link GitAccessException}. Commands that read take the commit to read at, which {@link
 * #resolve()} finds for a branch: reads at one commit see one state of the repository even when the
 * branch moves meanwhile. Not thread-safe.
 *
 * <p>Opened with a {@link Tracer}, the commands that write or talk to a remote (fetch, publish,
 * commit, create and move a branch, merge, tag, push) each record a span {@code git <operation>}.
 */
public final class RunbookGit implements AutoCloseable {

  private final Repository repository;
  private final Tracer tracer;

  private RunbookGit(Repository repository, Tracer tracer) {
    this.repository = repository;
    this.tracer = tracer;
  }

  /**
   * Opens an existing bare repository.
   *
   * @throws GitAccessException if {@code bareDir} does not exist, is not a repository or has a
   *     working tree
   */
  public static RunbookGit open(Path bareDir) throws GitAccessException {
    return open(bareDir, GitCommand.NO_TRACES);
  }

  /** Opens an existing bare repository whose writing and remote commands record spans. */
  public static RunbookGit open(Path bareDir, Tracer tracer) throws GitAccessException {
    if (!Files.isDirectory(bareDir)) {
      throw new GitAccessException(
          "No runbook repository at " + bareDir + ": the directory does not exist.");
    }
    return new RunbookGit(openCached(bareDir), tracer);
  }

  /**
   * Drops the repository at {@code bareDir} from the cache of open repositories, before its
   * directory is deleted; views still reading it finish with what they have.
   */
  public static void forget(Path bareDir) {
    RepositoryCache.unregister(FileKey.exact(bareDir.toFile(), FS.DETECTED));
  }

  /**
   * Opens the bare repository at {@code bareDir}, or creates one whose HEAD is {@code
   * initialBranch} when the directory is missing or empty.
   *
   * @throws GitAccessException if the directory holds anything else, or a repository with a working
   *     tree
   */
  public static RunbookGit openOrCreate(Path bareDir, String initialBranch)
      throws GitAccessException {
    return openOrCreate(bareDir, initialBranch, GitCommand.NO_TRACES);
  }

  /** As {@link #openOrCreate(Path, String)}, with spans for writing and remote commands. */
  public static RunbookGit openOrCreate(Path bareDir, String initialBranch, Tracer tracer)
      throws GitAccessException {
    if (FileKey.isGitRepository(bareDir.toFile(), FS.DETECTED)) {
      return new RunbookGit(openBare(bareDir), tracer);
    }
    if (Files.isDirectory(bareDir) && !isEmptyDirectory(bareDir)) {
      throw new GitAccessException(bareDir + " is neither empty nor a bare Git repository.");
    }
    try {
      Files.createDirectories(bareDir.toAbsolutePath().getParent());
      return new RunbookGit(
          Git.init()
              .setBare(true)
              .setGitDir(bareDir.toFile())
              .setInitialBranch(initialBranch)
              .call()
              .getRepository(),
          tracer);
    } catch (IOException | GitAPIException e) {
      throw new GitAccessException("Could not create a bare repository at " + bareDir, e);
    }
  }

  public static boolean isValidBranchName(String branch) {
    return branch != null
        && !branch.isBlank()
        && Repository.isValidRefName(Constants.R_HEADS + branch);
  }

  /** Whether the repository has no refs at all: nothing was ever fetched into it or written. */
  public boolean isEmpty() throws GitAccessException {
    try {
      return !repository.getRefDatabase().hasRefs();
    } catch (IOException e) {
      throw new GitAccessException("Cannot read the refs of " + repository.getDirectory(), e);
    }
  }

  /** The commit a branch or ref points at, or whether the repository holds a commit. */
  public ResolveCommand resolve() {
    return new ResolveCommand(repository);
  }

  /** The Markdown files at a commit, with their blobs and sizes. */
  public ListFilesCommand listFiles() {
    return new ListFilesCommand(repository);
  }

  /** Every regular file at a commit, Markdown or not. */
  public ListPathsCommand listPaths() {
    return new ListPathsCommand(repository);
  }

  /** The bytes of one file at a commit, or of one blob. */
  public ReadFileCommand readFile() {
    return new ReadFileCommand(repository);
  }

  /** The newest commit that touched each of some paths. */
  public LastChangesCommand lastChanges() {
    return new LastChangesCommand(repository);
  }

  /** The commits that touched one runbook, following renames. */
  public HistoryCommand history() {
    return new HistoryCommand(repository);
  }

  /** The histories of many runbooks in one walk, whole or since an earlier commit. */
  public HistoriesCommand histories() {
    return new HistoriesCommand(repository);
  }

  /** The unified diff one commit made to one file. */
  public DiffCommand diff() {
    return new DiffCommand(repository);
  }

  /** The files added, changed, renamed or deleted between two commits. */
  public ChangedFilesCommand changedFiles() {
    return new ChangedFilesCommand(repository);
  }

  /** Fetches a branch of a remote, without moving the branch users read. */
  public FetchCommand fetch() {
    return traced("fetch", new FetchCommand(repository));
  }

  /** Moves the branch users read to a fetched and indexed commit. */
  public PublishCommand publish() {
    return traced("publish", new PublishCommand(repository));
  }

  /** Writes a commit from its parent's files and some edits, without moving any branch. */
  public CommitCommand commit() {
    return traced("commit", new CommitCommand(repository));
  }

  /** Creates a branch at a commit and makes it HEAD. */
  public CreateBranchCommand createBranch() {
    return traced("create-branch", new CreateBranchCommand(repository));
  }

  /** Moves a branch compare-and-set from the commit it is expected at. */
  public MoveBranchCommand moveBranch() {
    return traced("move-branch", new MoveBranchCommand(repository));
  }

  /** Merges a head into a base commit in memory and writes the result as a commit. */
  public MergeCommand merge() {
    return traced("merge", new MergeCommand(repository));
  }

  /** Writes an annotated tag, or lists tag names. */
  public TagCommand tag() {
    return traced("tag", new TagCommand(repository));
  }

  /** Whether a commit is in another's history. */
  public AncestryCommand ancestry() {
    return traced("ancestry", new AncestryCommand(repository));
  }

  /** Pushes branches and tags to a remote. */
  public PushCommand push() {
    return traced("push", new PushCommand(repository));
  }

  private <C extends GitCommand<?>> C traced(String operation, C command) {
    command.traceAs(tracer, operation);
    return command;
  }

  /**
   * A repository read by every view is opened once and kept (JGit's cache, closed an hour after its
   * last use): opening it again per view read its pack index again each time, megabytes for a
   * repository of a long history. Fetches write through their own instance; this one sees their
   * packs and refs when it looks for an object or a ref it does not know.
   */
  private static Repository openCached(Path bareDir) throws GitAccessException {
    Repository repository;
    try {
      repository = RepositoryCache.open(FileKey.exact(bareDir.toFile(), FS.DETECTED), true);
    } catch (IOException e) {
      throw new GitAccessException(
          "No runbook repository at " + bareDir + ": " + e.getMessage(), e);
    }
    if (!repository.isBare()) {
      RepositoryCache.close(repository);
      throw new GitAccessException(
          "The repository at "
              + bareDir
              + " is not bare but has a working tree; runbooks are read from bare ones.");
    }
    return repository;
  }

  private static Repository openBare(Path bareDir) throws GitAccessException {
    Repository repository;
    try {
      repository =
          new FileRepositoryBuilder().setGitDir(bareDir.toFile()).setMustExist(true).build();
    } catch (IOException e) {
      throw new GitAccessException(
          "No runbook repository at " + bareDir + ": " + e.getMessage(), e);
    }
    if (!repository.isBare()) {
      repository.close();
      throw new GitAccessException(
          "The repository at "
              + bareDir
              + " is not bare but has a working tree; runbooks are read from bare ones.");
    }
    return repository;
  }

  private static boolean isEmptyDirectory(Path dir) throws GitAccessException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new GitAccessException("Cannot list " + dir, e);
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
