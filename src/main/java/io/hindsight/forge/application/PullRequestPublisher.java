package io.hindsight.forge.application;

import io.hindsight.change.application.ChangeOnForge;
import io.hindsight.forge.domain.ForgeLink;
import io.hindsight.forge.domain.LintSummary;
import io.hindsight.forge.domain.PullRequestText;
import io.hindsight.notify.application.NotifySettings;
import io.hindsight.platform.refusal.Refusal;
import io.hindsight.runbook.application.RunbookInspection;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookMetadata;
import io.hindsight.runbook.domain.RunbookRef;
import io.hindsight.security.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Publishes a change request on its repository's forge, each step idempotent so that a retry
 * repeats none of its effects: push the branch (with the lease of the last push), find the open
 * pull request for the branch or open one (a reused one gets the new title and body, with the lint
 * result of the new commits), label it, ask the runbook's owners who have a login on that forge to
 * review. A refused label or review request is noted on the pull request's record (the pull request
 * stands); a fault that may heal (rate limit, 5xx, network) fails the attempt with the forge's
 * Retry-After, and the outbox tries again.
 */
@ApplicationScoped
public class PullRequestPublisher {

  private static final Logger LOG = Logger.getLogger(PullRequestPublisher.class.getName());

  @Inject ChangeOnForge changes;
  @Inject ForgeLinks links;
  @Inject Forges forges;
  @Inject ForgeLogins logins;
  @Inject PullRequestRecords records;
  @Inject RunbookInspection inspection;
  @Inject NotifySettings notify;

  public PullRequest publish(long changeRequestId, RepositoryKey repository) throws ForgeFailure {
    ForgeLink link =
        links
            .find(repository)
            .orElseThrow(
                () ->
                    new ForgeFailure(
                        "Repository " + repository + " has no forge any more.", 0, null));
    Forge forge =
        forges
            .of(link.kind())
            .orElseThrow(
                () -> new ForgeFailure(link.kind().label() + " is not supported.", 0, null));
    ChangeOnForge.Pushed pushed;
    try {
      pushed = changes.push(changeRequestId, records.pushedHead(changeRequestId));
    } catch (Refusal e) {
      throw new ForgeFailure("The branch was not pushed: " + e.getMessage(), 0, null);
    }
    records.pushed(changeRequestId, repository.value(), pushed.head());
    ForgeAccess access = links.access(link);
    ChangeOnForge.Lint lint = changes.lint(changeRequestId);
    PullRequestDraft draft =
        new PullRequestDraft(
            pushed.branch(),
            pushed.baseBranch(),
            PullRequestText.title(pushed.title()),
            PullRequestText.body(
                changeRequestId,
                pushed.runbook(),
                pushed.sourceReference(),
                notify.publicUrl().resolve("change.xhtml?id=" + changeRequestId).toString(),
                LintSummary.of(lint.before(), lint.after())));
    PullRequest pull = forge.openOrFind(access, draft);
    List<String> notes = new ArrayList<>();
    if (!pull.created()) {
      try {
        forge.describe(access, pull.number(), draft);
      } catch (ForgeFailure e) {
        mayHeal(e);
        notes.add(e.getMessage());
      }
    }
    try {
      forge.label(access, pull.number(), PullRequestText.LABEL);
    } catch (ForgeFailure e) {
      mayHeal(e);
      notes.add(e.getMessage());
    }
    List<String> reviewers = reviewers(repository, pushed);
    try {
      forge.requestReview(access, pull.number(), reviewers);
    } catch (ForgeFailure e) {
      mayHeal(e);
      notes.add(e.getMessage());
    }
    records.opened(changeRequestId, pull, String.join(" ", notes));
    if (!notes.isEmpty()) {
      LOG.warning(
          () ->
              "Pull request "
                  + pull.url()
                  + " of change request #"
                  + changeRequestId
                  + ": "
                  + String.join(" ", notes));
    }
    return pull;
  }

  /** Rethrows a fault that may heal by itself, so that the whole step is tried again. */
  private static void mayHeal(ForgeFailure e) throws ForgeFailure {
    if (e.status() == 0 || e.status() == 429 || e.status() >= 500 || e.retryAfter().isPresent()) {
      throw e;
    }
  }

  /** The runbook's owners (user names in its {@code owner}) with a login on this forge. */
  private List<String> reviewers(RepositoryKey repository, ChangeOnForge.Pushed pushed) {
    Optional<RunbookRef> ref = RunbookRef.parse(pushed.runbook());
    Optional<String> owner =
        ref.flatMap(r -> inspection.metadata(repository, r.path())).flatMap(RunbookMetadata::owner);
    ForgeLink link = links.find(repository).orElseThrow();
    Optional<String> authorLogin = logins.login(pushed.author(), link.kind());
    return owner.stream()
        .flatMap(o -> Arrays.stream(o.split("[,\\s]+")))
        .map(String::strip)
        .filter(o -> !o.isEmpty())
        .flatMap(o -> Username.parse(o.startsWith("@") ? o.substring(1) : o).stream())
        .filter(user -> !user.equals(pushed.author()))
        .flatMap(user -> logins.login(user, link.kind()).stream())
        .filter(login -> !authorLogin.filter(login::equals).isPresent())
        .distinct()
        .toList();
  }
}
