package io.hindsight.change.application;

import io.hindsight.change.domain.ChangePush;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.SyncMetrics;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.FetchCommand;
import io.hindsight.runbook.git.GitAccessException;
import io.hindsight.runbook.git.MergeOutcome;
import io.hindsight.runbook.git.PushCommand;
import io.hindsight.runbook.git.PushRejectedException;
import io.hindsight.runbook.git.RunbookGit;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Makes one queued push: the base branch to the merge commit as a fast-forward, the change's branch
 * as a fast-forward, the release tag; nothing is ever forced. When the remote refuses because its
 * base branch moved, the branch is fetched: a remote that already holds the merge (pushed before a
 * crash, or carried by a later merge) needs only the branch and the tag; otherwise Hindsight's
 * merge is merged onto the remote's branch in memory and pushed, or, when both changed the same
 * lines, it is a conflict and nothing is pushed. Pushing the same thing twice changes nothing the
 * second time.
 */
@ApplicationScoped
public class ChangePusher {

  static final String REMOTE_BASE = "refs/hindsight/push-base";

  @Inject ChangeRemote remote;
  @Inject ChangeSettings settings;
  @Inject SyncMetrics metrics;
  @Inject Tracer tracer;
  @Inject Clock clock;

  /** What became of an attempt. */
  public sealed interface Outcome {
    /** The remote's base branch holds the merge, at {@code commit}. */
    record Pushed(String commit) implements Outcome {}

    /** Worth trying again later: the remote cannot be reached, hangs, or refused for now. */
    record Failed(String error) implements Outcome {}

    /** The remote's base branch changed the same lines; nothing was pushed. */
    record Conflict(String message) implements Outcome {}
  }

  public Outcome push(RunbookRepository repository, RepositoryLocation location, ChangePush push) {
    if (repository.remote().isEmpty()) {
      return new Outcome.Conflict(
          "The repository " + repository.key() + " has no remote any more; nothing was pushed.");
    }
    SyncMetrics.Stopwatch timing = metrics.start(SyncMetrics.Work.PUSH, repository.key());
    boolean pushed = false;
    try (RunbookGit git = RunbookGit.open(location.bareDirectory(), tracer)) {
      Outcome outcome;
      try {
        send(git, repository, push, Optional.of(push.mergeCommit()));
        outcome = new Outcome.Pushed(push.mergeCommit());
      } catch (PushRejectedException refused) {
        outcome = reconcile(git, repository, location, push, refused);
      }
      pushed = outcome instanceof Outcome.Pushed;
      return outcome;
    } catch (GitAccessException e) {
      return new Outcome.Failed(e.getMessage());
    } finally {
      timing.stop(pushed);
    }
  }

  private Outcome reconcile(
      RunbookGit git,
      RunbookRepository repository,
      RepositoryLocation location,
      ChangePush push,
      PushRejectedException refused)
      throws GitAccessException {
    FetchCommand fetch =
        git.fetch().from(repository.remote().orElseThrow()).branch(push.baseBranch());
    remote.credential(repository, fetch::token, fetch::sshKeys);
    String remoteBase = fetch.into(REMOTE_BASE).call();
    if (git.ancestry().of(push.mergeCommit()).in(remoteBase).call()) {
      send(git, repository, push, Optional.empty());
      return new Outcome.Pushed(remoteBase);
    }
    if (git.ancestry().of(remoteBase).in(push.mergeCommit()).call()) {
      return new Outcome.Failed(refused.getMessage() + " Tried again later.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    MergeOutcome joined =
        git.merge()
            .into(remoteBase)
            .from(push.mergeCommit())
            .rebase(false)
            .author(settings.committerName(), settings.committerEmail(), now)
            .committer(settings.committerName(), settings.committerEmail(), now)
            .message(
                "Merge "
                    + push.subject()
                    + " onto "
                    + push.baseBranch()
                    + " as the remote has it\n\nThe remote's "
                    + push.baseBranch()
                    + " moved while the merge waited to be pushed.\n")
            .call();
    if (!joined.isClean()) {
      return new Outcome.Conflict(
          "The remote's "
              + push.baseBranch()
              + " changed "
              + String.join(", ", joined.conflicts())
              + " in the same lines since this change was merged; nothing was pushed and nothing"
              + " overwritten. Merge "
              + push.mergeCommit()
              + " into the remote's "
              + push.baseBranch()
              + " by hand, or open a new change after the next sync.");
    }
    String commit = joined.commit().orElseThrow();
    try {
      send(git, repository, push, Optional.of(commit));
    } catch (PushRejectedException again) {
      return new Outcome.Failed(again.getMessage() + " Tried again later.");
    }
    git.moveBranch()
        .branch(location.branch())
        .from(Optional.of(push.mergeCommit()))
        .to(commit)
        .call();
    return new Outcome.Pushed(commit);
  }

  private void send(
      RunbookGit git, RunbookRepository repository, ChangePush push, Optional<String> base)
      throws GitAccessException {
    PushCommand command = git.push().to(repository.remote().orElseThrow());
    base.ifPresent(commit -> command.commit(commit, push.baseBranch()));
    push.changeBranch()
        .ifPresent(branch -> command.commit(push.branchHead().orElseThrow(), branch));
    push.tagName().ifPresent(command::tag);
    remote.credential(repository, command::token, command::sshKeys);
    command.call();
  }
}
