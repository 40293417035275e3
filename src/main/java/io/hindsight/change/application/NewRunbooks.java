package io.hindsight.change.application;

import io.hindsight.change.domain.Actor;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeRules;
import io.hindsight.change.domain.ChangeText;
import io.hindsight.change.domain.NewRunbookPath;
import io.hindsight.change.domain.RunbookTemplate;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.LintConfig;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookPath;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a change request that adds a runbook: the path checked against the repository's runbook
 * folder and its files, the first text (when given) checked and committed. Everything is checked
 * before anything is written, so a refusal leaves no branch, commit or row behind.
 */
@ApplicationScoped
@Transactional
public class NewRunbooks {

  @Inject ChangeRequestService service;
  @Inject ChangeRequests changes;
  @Inject ChangeSources sources;
  @Inject ChangeGit git;
  @Inject ChangeBranches branches;
  @Inject RepositoryTurns turns;
  @Inject RunbookRepositories repositories;
  @Inject Clock clock;

  /** The text the editor starts from for a new runbook with this title. */
  public String template(String title, Actor author) {
    return RunbookTemplate.of(
        title, author.username().value(), LintConfig.defaults().requiredSections());
  }

  public ChangeRequestService.Opened open(NewRunbook request, Actor actor, Caller caller) {
    ChangeRules.requireOpen(actor);
    RepositoryKey key =
        RepositoryKey.parse(request.repository() == null ? "" : request.repository().strip())
            .orElseThrow(() -> FieldRefused.field("repository", "Say which repository."));
    RepositoryLocation location =
        repositories
            .find(key)
            .orElseThrow(
                () -> FieldRefused.field("repository", "There is no runbook repository " + key));
    RunbookPath path = NewRunbookPath.of(request.path(), location.folder());
    Optional<ChangeText> first = request.content().map(ChangeText::of);
    RunbookRef runbook = new RunbookRef(key, path);
    RunbookRepository repository = turns.take(key);
    String base = git.tip(location);
    if (git.bytes(location, base, path).isPresent()) {
      throw new StateConflict(
          "There is a runbook "
              + runbook
              + " already: open it and propose a change to it instead, or choose another path.");
    }
    Optional<ChangeRequest> mine = changes.openFreeEdit(runbook, actor.username());
    if (mine.isPresent()) {
      return new ChangeRequestService.Opened(mine.get(), false);
    }
    ChangeSources.Resolved resolved =
        sources.resolve(
            new OpenChange(
                Optional.of(runbook.value()),
                SourceKind.RUNBOOK,
                Optional.empty(),
                Optional.empty()),
            caller);
    String title =
        request
            .title()
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .orElse("New runbook " + path.fileName());
    ChangeRequest change =
        new ChangeRequest(
            runbook,
            resolved.source(),
            location.branch(),
            base,
            title,
            actor.username(),
            true,
            clock.instant());
    git.createBranch(location, change.branch(), base);
    branches.publish(repository, location, change);
    changes.add(change);
    service.audited(change, AuditAction.CREATED, Map.of(), Optional.empty());
    if (first.isPresent()) {
      change =
          service.save(
              change.id(),
              new SaveRevision(
                  first.get().text(),
                  Optional.of(title),
                  Optional.of("A new runbook."),
                  false,
                  change.version()),
              actor);
    }
    return new ChangeRequestService.Opened(change, true);
  }
}
