package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeText;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.git.RunbookGit;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A post-mortem committed straight to the base branch of the repository's bare clone: a commit
 * built in memory on the base's tip, the branch moved compare-and-set. Callers hold the
 * repository's turn ({@link RepositoryTurns}).
 */
@ApplicationScoped
public class PostmortemGit {

  @Inject ChangeSettings settings;
  @Inject Tracer tracer;

  /**
   * @return the new commit, now the base branch's tip
   * @throws StateConflict when the base branch moved meanwhile
   */
  public String commitToBase(
      RepositoryLocation location,
      String base,
      RunbookRef file,
      ChangeText text,
      GitIdentity author,
      String message,
      OffsetDateTime when) {
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      String commit =
          git.commit()
              .parent(base)
              .put(file.path().value(), text.bytes())
              .author(author.name(), author.email(), when)
              .committer(settings.committerName(), settings.committerEmail(), when)
              .message(message)
              .call();
      boolean moved =
          git.moveBranch().branch(location.branch()).from(Optional.of(base)).to(commit).call();
      if (!moved) {
        throw new StateConflict(
            "The branch " + location.branch() + " moved meanwhile; commit the post-mortem again.");
      }
      return commit;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
