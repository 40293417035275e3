package io.hindsight.forge.application;

import io.hindsight.change.application.ChangeRequestService;
import io.hindsight.change.domain.ChangeRequest;
import io.hindsight.forge.domain.ForgeLink;
import io.hindsight.forge.domain.PullRequestPolling;
import io.hindsight.forge.domain.PullRequestRecord;
import io.hindsight.forge.domain.PullRequestState;
import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.schedule.OncePerCluster;
import io.hindsight.runbook.domain.RepositoryKey;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes, covers missed webhooks: asks each forge where the pull requests still open in
 * Hindsight's records stand, and applies a merge or close exactly as the webhook does (so a webhook
 * arriving later, or a second node's run, changes nothing). A forge that is rate limited or down is
 * asked nothing more in that run; each change request closes in transactions of its own. Runs one
 * at a time: a run that finds another running waits for it. Each run also forgets the webhook
 * deliveries older than the replay window.
 */
@Singleton
@AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
public class PullRequestPoll {

  private static final Logger LOG = Logger.getLogger(PullRequestPoll.class.getName());

  @Inject PullRequestRecords records;
  @Inject OncePerCluster cluster;
  @Inject ChangeRequestService changes;
  @Inject ForgeLinks links;
  @Inject Forges forges;
  @Inject PullRequestOutcomes outcomes;
  @Inject WebhookDeliveries deliveries;
  @Inject Clock clock;

  /** What one run did: pull requests asked about, found merged or closed, and not answered. */
  public record Run(int asked, int merged, int closed, int failed) {

    Run plus(Optional<PullRequestState> end, boolean failedNow) {
      return new Run(
          asked + 1,
          merged + (end.filter(PullRequestState.MERGED::equals).isPresent() ? 1 : 0),
          closed + (end.filter(PullRequestState.CLOSED::equals).isPresent() ? 1 : 0),
          failed + (failedNow ? 1 : 0));
    }
  }

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void scheduled() {
    cluster.run("forge-poll", Duration.ofMinutes(5), this::pollAndLog);
  }

  private void pollAndLog() {
    try {
      deliveries.forgetBefore(clock.instant());
      Run run = poll();
      if (run.merged() + run.closed() > 0) {
        LOG.info(() -> "The forge poll found ends the webhooks did not bring: " + run);
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "The forge poll failed; tried again in five minutes.", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Run poll() {
    Run run = new Run(0, 0, 0, 0);
    Set<String> unwell = new HashSet<>();
    for (PullRequestRecord record : records.open(PullRequestPolling.BATCH)) {
      if (unwell.contains(record.repository())) {
        continue;
      }
      try {
        run = follow(record, unwell, run);
      } catch (Exception e) {
        LOG.log(
            Level.WARNING, "The forge poll skipped change request #" + record.changeRequestId(), e);
      }
    }
    return run;
  }

  private Run follow(PullRequestRecord record, Set<String> unwell, Run run) {
    long id = record.changeRequestId();
    ChangeRequest change;
    try {
      change = changes.require(id);
    } catch (NotFound gone) {
      records.finished(id, PullRequestState.CLOSED);
      return run;
    }
    Optional<PullRequestState> settled = PullRequestPolling.settledBy(change.state());
    if (settled.isPresent()) {
      records.finished(id, settled.get());
      return run;
    }
    Optional<ForgeLink> link = links.find(RepositoryKey.of(record.repository()));
    Optional<Forge> forge = link.flatMap(l -> forges.of(l.kind()));
    if (link.isEmpty() || forge.isEmpty()) {
      unwell.add(record.repository());
      return run;
    }
    try {
      PullRequestEvent now = forge.get().current(links.access(link.get()), record.number());
      records.checked(id, Optional.empty());
      return run.plus(outcomes.apply(link.get().kind(), change, now), false);
    } catch (ForgeFailure failure) {
      if (PullRequestPolling.forgeUnwell(failure.status(), failure.retryAfter().isPresent())) {
        unwell.add(record.repository());
      }
      records.checked(
          id,
          Optional.of(
              PullRequestPolling.note(
                  link.get().kind(), record.number(), failure.status(), failure.getMessage())));
      return run.plus(Optional.empty(), true);
    } catch (StateConflict unreadableToken) {
      unwell.add(record.repository());
      records.checked(id, Optional.of(unreadableToken.getMessage()));
      return run.plus(Optional.empty(), true);
    }
  }
}
