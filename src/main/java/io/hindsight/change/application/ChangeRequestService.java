package io.hindsight.change.application;

import io.hindsight.change.domain.Actor;
import io.hindsight.change.domain.ChangeBranch;
import io.hindsight.change.domain.ChangeComment;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeRules;
import io.hindsight.change.domain.ChangeText;
import io.hindsight.change.domain.ReviewVerdict;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.refusal.FieldRefused;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.application.UserAccounts;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.UserAccount;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Opens change requests, saves each edit as a commit on the change's branch, and moves them through
 * review. Writers to one repository take its turn first ({@link RepositoryTurns}).
 */
@ApplicationScoped
@Transactional
public class ChangeRequestService {

  @Inject ChangeRequests changes;
  @Inject ChangeSources sources;
  @Inject ChangeGit git;
  @Inject ChangeBranches branches;
  @Inject ChangeSettings settings;
  @Inject RepositoryTurns turns;
  @Inject RunbookRepositories repositories;
  @Inject UserAccounts users;
  @Inject Clock clock;
  @Inject Event<ChangeRequestSubmitted> submitted;
  @Inject Event<ChangeRequestReviewed> reviewed;
  @Inject Event<ChangeRequestClosed> closed;
  @Inject AuditTrail audit;
  @PersistenceContext EntityManager em;

  /** A new change request, or the open one for the same runbook and source. */
  public record Opened(ChangeRequest change, boolean created) {}

  public Opened open(OpenChange request, Actor actor, Caller caller) {
    ChangeRules.requireOpen(actor);
    ChangeSources.Resolved resolved = sources.resolve(request, caller);
    RunbookRef runbook = resolved.runbook();
    RepositoryLocation location = location(runbook);
    if (!location.holds(runbook.path())) {
      throw FieldRefused.field(
          "runbook",
          runbook.path() + " is outside the runbook folder " + location.folder().value() + ".");
    }
    ChangeBranch branch = ChangeBranch.of(runbook.path(), resolved.source());
    Optional<ChangeRequest> existing =
        resolved.source().kind() == SourceKind.RUNBOOK
            ? changes.openFreeEdit(runbook, actor.username())
            : changes.byBranch(runbook.repository(), branch);
    if (existing.isPresent()) {
      return reopened(existing.get());
    }
    RunbookRepository repository = turns.take(runbook.repository());
    existing = changes.byBranch(runbook.repository(), branch);
    if (existing.isPresent()) {
      return reopened(existing.get());
    }
    String base = git.tip(location);
    if (git.text(location, base, runbook.path()).isEmpty()) {
      throw FieldRefused.field("runbook", "There is no runbook " + runbook + ".");
    }
    ChangeRequest change =
        new ChangeRequest(
            runbook,
            resolved.source(),
            location.branch(),
            base,
            request.title().filter(t -> !t.isBlank()).orElse(resolved.title()),
            actor.username(),
            false,
            clock.instant());
    git.createBranch(location, branch, base);
    branches.publish(repository, location, change);
    changes.add(change);
    audited(change, AuditAction.CREATED, Map.of(), Optional.empty());
    return new Opened(change, true);
  }

  private static Opened reopened(ChangeRequest change) {
    if (change.state().isFinished()) {
      throw new StateConflict(
          "Change request "
              + change.id()
              + " for this runbook and source is "
              + change.state().word()
              + " already.");
    }
    return new Opened(change, false);
  }

  /** Commits the new text on the change's branch: the user the author, Hindsight the committer. */
  public ChangeRequest save(long id, SaveRevision revision, Actor actor) {
    ChangeRequest change = require(id);
    ChangeRules.requireEdit(actor, change);
    ChangeText text = ChangeText.of(revision.content());
    RunbookRepository repository = turns.take(change.runbook().repository());
    em.refresh(change);
    ChangeRules.requireEdit(actor, change);
    StaleVersion.check("change request " + id, revision.basedOnVersion(), change.version());
    RepositoryLocation location = location(change.runbook());
    branches.ready(location, change);
    if (text.sameAs(git.bytes(location, change.headCommit(), change.runbook().path()))) {
      throw FieldRefused.field(
          "content", "Nothing changed since the last save: nothing to commit.");
    }
    String title = revision.title().filter(t -> !t.isBlank()).orElse(change.title());
    Map<String, String> before = auditFields(change);
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    ChangeGit.Saved saved =
        git.save(
            location,
            change,
            text,
            identity(actor.username()),
            message(change, title, revision.message()),
            now);
    change.saved(saved.commit(), saved.base(), title, revision.significant(), clock.instant());
    branches.publish(repository, location, change);
    changes.flush();
    audited(change, AuditAction.of("saved"), before, revision.message());
    return change;
  }

  public ChangeRequest submit(long id, long basedOnVersion, Actor actor) {
    ChangeRequest change = require(id);
    StaleVersion.check("change request " + id, basedOnVersion, change.version());
    ChangeRules.requireSubmit(actor, change);
    Map<String, String> before = auditFields(change);
    change.submit(clock.instant());
    audited(change, AuditAction.of("submitted"), before, Optional.empty());
    changes.flush();
    submitted.fire(
        new ChangeRequestSubmitted(change.id(), change.runbook(), change.title(), change.author()));
    return change;
  }

  /** An approval (the comment optional) or a request for changes (the comment required). */
  public ChangeRequest review(
      long id, ReviewVerdict verdict, String comment, long basedOnVersion, Actor actor) {
    ChangeRequest change = require(id);
    StaleVersion.check("change request " + id, basedOnVersion, change.version());
    if (verdict == ReviewVerdict.COMMENT) {
      return comment(id, comment, actor);
    }
    ChangeRules.requireReview(actor, change);
    if (verdict == ReviewVerdict.APPROVE
        && changes.approvalsBy(id, actor.username().value(), change.headCommit()) > 0) {
      throw new StateConflict("You approved this change at its current commit already.");
    }
    changes.add(new ChangeComment(change, actor.username(), verdict, comment, clock.instant()));
    Map<String, String> before = auditFields(change);
    if (verdict == ReviewVerdict.APPROVE) {
      change.approve(settings.approvalsRequired(), clock.instant());
    } else {
      change.requestChanges(clock.instant());
    }
    changes.flush();
    audited(
        change,
        AuditAction.of(verdict == ReviewVerdict.APPROVE ? "approved" : "changes-requested"),
        before,
        Optional.ofNullable(comment));
    reviewed.fire(
        new ChangeRequestReviewed(
            change.id(),
            change.runbook(),
            change.title(),
            change.author(),
            actor.username(),
            verdict,
            comment == null ? "" : comment.strip(),
            change.state()));
    return change;
  }

  public ChangeRequest comment(long id, String text, Actor actor) {
    ChangeRequest change = require(id);
    if (change.state().isFinished()) {
      throw new StateConflict("Change request " + id + " is " + change.state().word() + ".");
    }
    changes.add(
        new ChangeComment(change, actor.username(), ReviewVerdict.COMMENT, text, clock.instant()));
    return change;
  }

  public ChangeRequest close(long id, long basedOnVersion, Actor actor) {
    ChangeRequest change = require(id);
    StaleVersion.check("change request " + id, basedOnVersion, change.version());
    ChangeRules.requireClose(actor, change);
    Map<String, String> before = auditFields(change);
    change.close(clock.instant());
    audited(change, AuditAction.of("closed"), before, Optional.empty());
    changes.flush();
    closed.fire(
        new ChangeRequestClosed(
            change.id(), change.runbook(), change.source(), change.author(), actor.username()));
    return change;
  }

  /** Records what the caller did to the change request, with its fields before and after. */
  void audited(
      ChangeRequest change, AuditAction action, Map<String, String> before, Optional<String> why) {
    audit.record(
        AuditSubject.of("change-request", change.id()),
        action,
        FieldChanges.between(before, auditFields(change)),
        why);
  }

  static Map<String, String> auditFields(ChangeRequest change) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("runbook", change.runbook().toString());
    fields.put("title", change.title());
    fields.put("state", change.state().word());
    fields.put("headCommit", change.headCommit());
    fields.put("approvals", String.valueOf(change.approvals()));
    fields.put("mergeCommit", change.mergeCommit().orElse(null));
    return fields;
  }

  public ChangeRequest require(long id) {
    return changes.find(id).orElseThrow(() -> NotFound.of("change request", String.valueOf(id)));
  }

  RepositoryLocation location(RunbookRef runbook) {
    return repositories
        .find(runbook.repository())
        .orElseThrow(
            () ->
                FieldRefused.field(
                    "runbook", "There is no runbook repository " + runbook.repository() + "."));
  }

  /** The user as Git names them: display name and email, or an address that cannot receive mail. */
  GitIdentity identity(Username username) {
    Optional<UserAccount> account = users.find(username);
    String name =
        account.map(UserAccount::displayName).filter(n -> !n.isBlank()).orElse(username.value());
    String email =
        account.flatMap(UserAccount::email).orElse(username.value() + "@users.hindsight.invalid");
    return new GitIdentity(name, email);
  }

  private static String message(ChangeRequest change, String title, Optional<String> why) {
    StringBuilder message = new StringBuilder(title).append("\n\n");
    why.map(String::strip)
        .filter(w -> !w.isEmpty())
        .ifPresent(w -> message.append(w).append("\n\n"));
    message
        .append(change.source().reference())
        .append("\nChange-Request: #")
        .append(change.id())
        .append("\nRunbook: ")
        .append(change.runbook().value())
        .append('\n');
    return message.toString();
  }
}
