package io.hindsight.runbook.git;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * One operation on a bare repository, set up by its setters and run by {@link #call()}, as JGit's
 * porcelain commands are. A new operation is a new subclass and a method on {@link RunbookGit} that
 * creates it.
 *
 * @param <T> what the operation returns
 */
public abstract class GitCommand<T> {

  static final Tracer NO_TRACES = TracerProvider.noop().get("io.hindsight.runbook.git");

  /** The span attribute naming the repository: its directory's name without {@code .git}. */
  static final String REPOSITORY_ATTRIBUTE = "hindsight.repository";

  final Repository repository;
  private Tracer tracer = NO_TRACES;
  private String operation;

  GitCommand(Repository repository) {
    this.repository = repository;
  }

  /**
   * Makes {@link #call()} record a span named {@code git <operation>}; {@link RunbookGit} asks it
   * of the commands that write or talk to a remote, not of the many small reads a page makes.
   */
  final void traceAs(Tracer tracer, String operation) {
    this.tracer = tracer;
    this.operation = operation;
  }

  /** Runs the command; JGit's failures arrive as a {@link GitAccessException}. */
  public final T call() throws GitAccessException {
    if (operation == null) {
      return runReportingFailures();
    }
    Span span =
        tracer
            .spanBuilder("git " + operation)
            .setAttribute("hindsight.git.operation", operation)
            .setAttribute(REPOSITORY_ATTRIBUTE, repositoryName())
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      return runReportingFailures();
    } catch (GitAccessException | RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  private String repositoryName() {
    String name = repository.getDirectory().getName();
    return name.endsWith(".git") ? name.substring(0, name.length() - ".git".length()) : name;
  }

  private T runReportingFailures() throws GitAccessException {
    try {
      return run();
    } catch (GitAccessException e) {
      throw e;
    } catch (IOException | LargeObjectException | RevWalkException | JGitInternalException e) {
      throw new GitAccessException(
          "Git failed on the repository at " + repository.getDirectory() + ": " + e.getMessage(),
          e);
    }
  }

  abstract T run() throws IOException;

  static RevCommit parseCommit(RevWalk walk, String commitId) throws IOException {
    if (commitId == null) {
      throw new IllegalStateException("Say at which commit to read: at(commitId).");
    }
    return walk.parseCommit(ObjectId.fromString(commitId));
  }

  static boolean isRegularFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }
}
