package io.hindsight.change.application;

import io.hindsight.change.domain.Actor;
import io.hindsight.change.domain.ChangeBranch;
import io.hindsight.change.domain.ChangePush;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeRules;
import io.hindsight.change.domain.ChangeSource;
import io.hindsight.change.domain.ChangeText;
import io.hindsight.change.domain.PostmortemGitTarget;
import io.hindsight.change.domain.SourceKind;
import io.hindsight.platform.refusal.Forbidden;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.postmortem.application.PostmortemService;
import io.hindsight.postmortem.domain.Postmortem;
import io.hindsight.postmortem.domain.PostmortemKey;
import io.hindsight.postmortem.domain.PostmortemStatus;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RepositorySync;
import io.hindsight.runbook.application.RunbookRepositories;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.security.application.AuditTrail;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.AuditSubject;
import io.hindsight.security.domain.Caller;
import io.hindsight.security.domain.FieldChanges;
import io.hindsight.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Commits a published post-mortem, as its Markdown export, to the folder of the repository that
 * takes post-mortems: on a change request's branch, submitted for review, or, where the repository
 * allows it, straight to the base branch and pushed.
 */
@ApplicationScoped
@Transactional
public class PostmortemCommits {

  @Inject PostmortemService postmortems;
  @Inject PostmortemGitTargets targets;
  @Inject ChangeRequestService service;
  @Inject ChangeRequests changes;
  @Inject ChangeGit git;
  @Inject PostmortemGit baseCommits;
  @Inject PushQueue pushes;
  @Inject RepositoryTurns turns;
  @Inject RunbookRepositories repositories;
  @Inject RepositorySync sync;
  @Inject Clock clock;
  @Inject AuditTrail audit;

  /** Through a change request and its review, or straight to the base branch. */
  public enum Route {
    REVIEW,
    DIRECT;

    public static Optional<Route> parse(String raw) {
      for (Route route : values()) {
        if (route.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
          return Optional.of(route);
        }
      }
      return Optional.empty();
    }

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Where the post-mortem went: the commit, the change request that carries it, if any, and whether
   * a direct commit's push to the remote was queued.
   */
  public record Committed(
      Route route,
      RunbookRef file,
      String commit,
      Optional<ChangeRequest> change,
      boolean created,
      boolean pushQueued) {}

  /**
   * @throws StateConflict when the post-mortem is not published, no repository takes post-mortems,
   *     the repository takes none straight, or it holds this text already
   */
  public Committed commit(PostmortemKey key, Route route, Actor actor, Caller caller) {
    ChangeRules.requireOpen(actor);
    if (route == Route.DIRECT && !actor.has(Role.REVIEWER)) {
      throw new Forbidden(
          "Only reviewers and admins commit a post-mortem straight to the base branch.");
    }
    Postmortem postmortem = postmortems.visible(key, caller);
    if (postmortem.status() != PostmortemStatus.PUBLISHED) {
      throw new StateConflict(
          "Post-mortem "
              + key
              + " is "
              + postmortem.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + ": only a published post-mortem is committed to Git.");
    }
    PostmortemGitTarget target =
        targets.current().orElseThrow(() -> new StateConflict(PostmortemGitTargets.NONE));
    if (route == Route.DIRECT && !target.directCommits()) {
      throw new StateConflict(
          "Repository "
              + target.repository()
              + " takes post-mortems through a reviewed change request only; commit it for"
              + " review.");
    }
    RepositoryKey repositoryKey = RepositoryKey.of(target.repository());
    RunbookRef file =
        new RunbookRef(repositoryKey, target.folder().fileFor(key.value(), key.incident().year()));
    ChangeText text = ChangeText.of(postmortems.document(postmortem));
    ChangeSource source = new ChangeSource(SourceKind.POSTMORTEM, key.value());
    ChangeBranch branch = ChangeBranch.of(file.path(), source);
    if (route == Route.REVIEW) {
      Optional<ChangeRequest> open = openChange(repositoryKey, branch);
      if (open.isPresent()) {
        return new Committed(route, file, open.get().headCommit(), open, false, false);
      }
    }
    RunbookRepository repository = turns.take(repositoryKey);
    if (sync.isRunning(repositoryKey)) {
      throw new StateConflict(
          "Repository " + repositoryKey + " is syncing; commit again when the sync is done.");
    }
    RepositoryLocation location =
        repositories
            .find(repositoryKey)
            .orElseThrow(
                () ->
                    new StateConflict(
                        "The repository " + repositoryKey + " has no clone on this node yet."));
    String base = git.tip(location);
    Optional<byte[]> stored = git.bytes(location, base, file.path());
    if (text.sameAs(stored)) {
      throw new StateConflict(
          file.path()
              + " on "
              + location.branch()
              + " holds this text already: nothing to commit.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    GitIdentity author = service.identity(actor.username());
    String message = message(postmortem, route, file);
    if (route == Route.DIRECT) {
      String commit = baseCommits.commitToBase(location, base, file, text, author, message, now);
      boolean queued = repository.remote().isPresent();
      try {
        if (queued) {
          pushes.enqueue(
              ChangePush.directCommit(
                  key.value(),
                  repositoryKey.value(),
                  location.branch(),
                  base,
                  commit,
                  clock.instant()));
        }
        recordDirect(key, file, commit);
      } catch (RuntimeException e) {
        git.moveBase(location, commit, base);
        throw e;
      }
      return new Committed(route, file, commit, Optional.empty(), true, queued);
    }
    Optional<ChangeRequest> meanwhile = changes.byBranch(repositoryKey, branch);
    if (meanwhile.isPresent()) {
      if (meanwhile.get().state().isFinished()) {
        throw finished(meanwhile.get());
      }
      return new Committed(route, file, meanwhile.get().headCommit(), meanwhile, false, false);
    }
    ChangeRequest change =
        changes.add(
            new ChangeRequest(
                file,
                source,
                location.branch(),
                base,
                "Post-mortem " + key + " into Git",
                actor.username(),
                stored.isEmpty(),
                clock.instant()));
    git.createBranch(location, branch, base);
    ChangeGit.Saved saved = git.save(location, change, text, author, message, now);
    change.saved(saved.commit(), saved.base(), null, false, clock.instant());
    changes.flush();
    service.audited(
        change, AuditAction.CREATED, Map.of(), Optional.of("Post-mortem " + key + " into Git"));
    ChangeRequest submitted = service.submit(change.id(), change.version(), actor);
    return new Committed(route, file, saved.commit(), Optional.of(submitted), true, false);
  }

  /** The push of the post-mortem's latest commit straight to a base branch; none before one. */
  public Optional<ChangeDetail.Push> directPush(PostmortemKey key) {
    return pushes.ofPostmortem(key.value()).map(ChangeDetail.Push::of);
  }

  private Optional<ChangeRequest> openChange(RepositoryKey repository, ChangeBranch branch) {
    Optional<ChangeRequest> existing = changes.byBranch(repository, branch);
    if (existing.isPresent() && existing.get().state().isFinished()) {
      return Optional.empty();
    }
    return existing;
  }

  private static StateConflict finished(ChangeRequest change) {
    return new StateConflict(
        "Change request #"
            + change.id()
            + " carried this post-mortem and is "
            + change.state().word()
            + "; the repository's setting allows no second one. Ask an admin to allow direct"
            + " commits, or edit the file through a change request.");
  }

  private void recordDirect(PostmortemKey key, RunbookRef file, String commit) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("repository", file.repository().value());
    fields.put("path", file.path().value());
    fields.put("commit", commit);
    audit.record(
        AuditSubject.of("postmortem", key.value()),
        AuditAction.of("committed-to-git"),
        FieldChanges.created(fields));
  }

  private static String message(Postmortem postmortem, Route route, RunbookRef file) {
    return "Post-mortem "
        + postmortem.key()
        + ": "
        + postmortem.title()
        + "\n\nThe published post-mortem, as its Markdown export"
        + (route == Route.DIRECT ? ", committed straight to the base branch" : "")
        + ".\n\nPost-mortem: "
        + postmortem.key()
        + "\nFile: "
        + file.path()
        + "\n";
  }
}
