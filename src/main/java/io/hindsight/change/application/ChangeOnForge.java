package io.hindsight.change.application;

import io.hindsight.change.domain.ChangeBranch;
import io.hindsight.change.domain.ChangeComment;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ReviewVerdict;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.domain.LintFinding;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The change flow's door for a forge: pushes a change's branch for its pull request, and closes the
 * loop when the pull request is merged or closed there, exactly as an internal merge or close does
 * (sources closed, the same events, so notices go out and the repository is indexed again).
 */
@ApplicationScoped
@Transactional
public class ChangeOnForge {

  @Inject ChangeRequestService service;
  @Inject ChangeRequests changes;
  @Inject ChangeSources sources;
  @Inject ChangeRemote remote;
  @Inject RepositoryTurns turns;
  @Inject ChangeGit git;
  @Inject ChangeBranches branches;
  @Inject RunbookInspection inspection;
  @Inject Clock clock;
  @Inject Event<ChangeRequestMerged> merged;
  @Inject Event<ChangeRequestClosed> closed;
  @PersistenceContext EntityManager em;

  /** What a forge needs to open the pull request of a change that was pushed. */
  public record Pushed(
      long changeRequestId,
      RepositoryKey repository,
      String branch,
      String baseBranch,
      String head,
      String title,
      String runbook,
      String sourceReference,
      Username author,
      String state) {}

  /** The runbook's lint findings before the change (at its base) and with it (at its head). */
  public record Lint(List<LintFinding> before, List<LintFinding> after) {}

  public Lint lint(long id) {
    ChangeRequest change = service.require(id);
    RunbookRef runbook = change.runbook();
    RepositoryLocation location = service.location(runbook);
    branches.ready(location, change);
    String before = git.text(location, change.baseCommit(), runbook.path()).orElse("");
    String after = git.text(location, change.headCommit(), runbook.path()).orElse("");
    return new Lint(
        inspection.lintText(runbook.repository(), runbook.path(), before),
        inspection.lintText(runbook.repository(), runbook.path(), after));
  }

  public Optional<ChangeRequest> byBranch(RepositoryKey repository, String branch) {
    try {
      return changes.byBranch(repository, new ChangeBranch(branch));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  /**
   * Pushes the change's branch to the repository's remote, unless each save pushed it there
   * already, replacing it only while it is still where Hindsight last pushed it ({@code remoteWas}
   * for a change that predates pushing on every save; absent: only when the remote has no such
   * branch).
   *
   * @throws StateConflict when the remote refused or cannot be reached (tried again later)
   */
  public Pushed push(long id, Optional<String> remoteWas) {
    ChangeRequest change = service.require(id);
    RunbookRepository repository = turns.take(change.runbook().repository());
    RepositoryLocation location = service.location(change.runbook());
    if (repository.remote().isEmpty()) {
      throw new StateConflict(
          "Repository " + repository.key() + " has no remote to push the change's branch to.");
    }
    Optional<String> remoteHas = change.commits().remoteHead().or(() -> remoteWas);
    if (!remoteHas.filter(change.headCommit()::equals).isPresent()) {
      branches.ready(location, change);
      remote.pushBranch(repository, location, change.branch().value(), remoteHas);
      changes.pushedTo(change.id(), change.headCommit());
    }
    return new Pushed(
        change.id(),
        change.runbook().repository(),
        change.branch().value(),
        change.baseBranch(),
        change.headCommit(),
        change.title(),
        change.runbook().value(),
        change.source().reference(),
        change.author(),
        change.state().word());
  }

  /**
   * The pull request was merged on the forge at {@code commit}; false when nothing was left to do.
   */
  public boolean mergedOnForge(long id, String commit, Username by) {
    ChangeRequest change =
        changes.find(id).orElseThrow(() -> NotFound.of("change request", "" + id));
    turns.take(change.runbook().repository());
    em.refresh(change);
    if (change.state().isFinished()) {
      return false;
    }
    change.mergedElsewhere(commit, by, clock.instant());
    changes.flush();
    sources.closeLoop(change);
    merged.fire(
        new ChangeRequestMerged(
            change.id(),
            change.runbook(),
            change.source(),
            change.title(),
            commit,
            Optional.empty(),
            change.author(),
            by,
            approvers(change),
            true));
    return true;
  }

  /** The pull request was closed unmerged on the forge; false when nothing was left to do. */
  public boolean closedOnForge(long id, Username by) {
    ChangeRequest change =
        changes.find(id).orElseThrow(() -> NotFound.of("change request", "" + id));
    if (change.state().isFinished()) {
      return false;
    }
    change.close(clock.instant());
    changes.flush();
    closed.fire(
        new ChangeRequestClosed(
            change.id(), change.runbook(), change.source(), change.author(), by));
    return true;
  }

  private List<Username> approvers(ChangeRequest change) {
    return changes.comments(change.id()).stream()
        .filter(c -> c.verdict() == ReviewVerdict.APPROVE)
        .map(ChangeComment::author)
        .distinct()
        .toList();
  }
}
