package io.hindsight.change.application;

import io.hindsight.change.domain.Actor;
import io.hindsight.change.domain.ChangeComment;
import io.hindsight.change.domain.ChangePush;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.change.domain.ChangeRules;
import io.hindsight.change.domain.MergePlan;
import io.hindsight.change.domain.ReleaseTag;
import io.hindsight.change.domain.ReviewVerdict;
import io.hindsight.platform.markdown.MarkdownDocument;
import io.hindsight.platform.refusal.StaleVersion;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.runbook.application.RepositoryLocation;
import io.hindsight.runbook.application.RepositorySync;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookRepository;
import io.hindsight.runbook.git.MergeOutcome;
import io.hindsight.security.domain.AuditAction;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges an approved change request into its base branch in memory: fast-forward, merge commit or
 * rebase as the base and the settings say, never over a conflict; tags a significant change, queues
 * the push where the repository has a remote (in the merge's transaction: {@link PushQueue}),
 * closes what asked for it and announces it.
 */
@ApplicationScoped
@Transactional
public class ChangeMerger {

  @Inject ChangeRequestService service;
  @Inject ChangeRequests changes;
  @Inject ChangeSources sources;
  @Inject ChangeGit git;
  @Inject ChangeBranches branches;
  @Inject PushQueue pushes;
  @Inject ChangeSettings settings;
  @Inject RepositoryTurns turns;
  @Inject RepositorySync sync;
  @Inject RunbookInspection inspection;
  @Inject Clock clock;
  @Inject Event<ChangeRequestMerged> merged;
  @PersistenceContext EntityManager em;

  public ChangeRequest merge(long id, long basedOnVersion, Actor actor) {
    ChangeRequest change = service.require(id);
    ChangeRules.requireMerge(actor, change);
    RunbookRepository repository = turns.take(change.runbook().repository());
    em.refresh(change);
    ChangeRules.requireMerge(actor, change);
    StaleVersion.check("change request " + id, basedOnVersion, change.version());
    if (sync.isRunning(repository.key())) {
      throw new StateConflict(
          "Repository " + repository.key() + " is syncing; merge again when the sync is done.");
    }
    RepositoryLocation location = service.location(change.runbook());
    branches.ready(location, change);
    String baseTip = git.tip(location);
    Map<String, String> before = ChangeRequestService.auditFields(change);
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String newTip = newTip(location, change, baseTip, actor.username(), now);
    Optional<ReleaseTag> tag =
        significant(location, change)
            ? Optional.of(nextTag(repository.key(), location))
            : Optional.empty();
    if (!git.moveBase(location, baseTip, newTip)) {
      throw new StateConflict("The base branch moved while merging; merge again.");
    }
    try {
      tag.ifPresent(t -> git.tag(location, t.name(), newTip, tagMessage(change), now));
      String head = change.headCommit();
      change.merged(newTip, tag, actor.username(), clock.instant());
      boolean pushed = repository.remote().isPresent();
      if (pushed) {
        pushes.enqueue(
            new ChangePush(
                change.id(),
                repository.key().value(),
                location.branch(),
                baseTip,
                newTip,
                change.branch().value(),
                head,
                tag.map(ReleaseTag::name),
                clock.instant()));
      }
      changes.flush();
      service.audited(change, AuditAction.of("merged"), before, Optional.empty());
      sources.closeLoop(change);
      merged.fire(
          new ChangeRequestMerged(
              change.id(),
              change.runbook(),
              change.source(),
              change.title(),
              newTip,
              tag.map(ReleaseTag::name),
              change.author(),
              actor.username(),
              approvers(change),
              pushed));
      return change;
    } catch (RuntimeException e) {
      git.moveBase(location, newTip, baseTip);
      throw e;
    }
  }

  private String newTip(
      RepositoryLocation location,
      ChangeRequest change,
      String baseTip,
      Username merger,
      OffsetDateTime now) {
    boolean unmoved = baseTip.equals(change.baseCommit());
    MergeOutcome outcome =
        unmoved && settings.mergeMode() == io.hindsight.change.domain.MergeMode.FAST_FORWARD
            ? null
            : git.merge(
                location,
                baseTip,
                change.headCommit(),
                !unmoved
                    && settings.mergeMode() == io.hindsight.change.domain.MergeMode.FAST_FORWARD,
                unmoved ? service.identity(merger) : service.identity(change.author()),
                mergeMessage(change),
                now);
    MergePlan plan =
        MergePlan.decide(
            change.baseCommit(),
            baseTip,
            settings.mergeMode(),
            true,
            outcome == null || outcome.isClean());
    return switch (plan) {
      case FAST_FORWARD -> change.headCommit();
      case MERGE_COMMIT, REBASE -> outcome.commit().orElseThrow();
      case CONFLICT ->
          throw new StateConflict(
              "The base branch changed "
                  + String.join(", ", outcome.conflicts())
                  + " in the same lines since this change started: save the text as it should read"
                  + " to resolve (a save keeps the base's other changes, and your lines where both"
                  + " changed); then it needs approving again.");
    };
  }

  private boolean significant(RepositoryLocation location, ChangeRequest change) {
    if (change.source().kind() == io.hindsight.change.domain.SourceKind.POSTMORTEM) {
      return false;
    }
    String before =
        body(git.text(location, change.baseCommit(), change.runbook().path()).orElse(""));
    String after =
        body(git.text(location, change.headCommit(), change.runbook().path()).orElse(""));
    return !settings
        .significance()
        .reasons(
            change.significant(),
            inspection
                .metadata(change.runbook().repository(), change.runbook().path())
                .flatMap(RunbookMetadata::severity),
            before,
            after)
        .isEmpty();
  }

  private static String body(String text) {
    try {
      return MarkdownDocument.parse(text).body();
    } catch (RuntimeException unreadable) {
      return text;
    }
  }

  /**
   * The day's next tag name, past the tags of this clone and those the database records: another
   * node's merge tagged its own clone, and this one fetches no tags.
   */
  private ReleaseTag nextTag(RepositoryKey repository, RepositoryLocation location) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    String prefix = "runbooks-" + today.toString().replace('-', '.');
    Set<String> taken = new HashSet<>(git.tagNames(location, prefix));
    taken.addAll(changes.tagsStartingWith(repository, prefix));
    return ReleaseTag.next(today, taken);
  }

  private List<Username> approvers(ChangeRequest change) {
    return changes.comments(change.id()).stream()
        .filter(c -> c.verdict() == ReviewVerdict.APPROVE && c.commit().equals(change.headCommit()))
        .map(ChangeComment::author)
        .distinct()
        .toList();
  }

  private static String mergeMessage(ChangeRequest change) {
    return "Merge change request #"
        + change.id()
        + ": "
        + change.title()
        + "\n\n"
        + change.source().reference()
        + "\nBranch: "
        + change.branch()
        + "\n";
  }

  private static String tagMessage(ChangeRequest change) {
    return change.title()
        + "\n\nChange request #"
        + change.id()
        + ", "
        + change.runbook().value()
        + "\n";
  }
}
