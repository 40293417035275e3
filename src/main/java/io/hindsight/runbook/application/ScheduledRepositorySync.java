package io.hindsight.runbook.application;

import io.hindsight.platform.refusal.NotFound;
import io.hindsight.platform.refusal.StateConflict;
import io.hindsight.platform.schedule.OncePerCluster;
import io.hindsight.runbook.domain.RepositoryKey;
import io.hindsight.runbook.domain.RunbookRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Syncs every registered repository every ten minutes, on one node of the cluster at a time,
 * skipping those already syncing. Each repository syncs in transactions of its own, so one that
 * fails neither stops nor rolls back the others.
 */
@Singleton
public class ScheduledRepositorySync {

  private static final Logger LOG = Logger.getLogger(ScheduledRepositorySync.class.getName());

  @Inject RunbookRepositories repositories;
  @Inject RepositorySync sync;
  @Inject OncePerCluster cluster;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void syncAll() {
    cluster.run("repository-sync", Duration.ofMinutes(10), this::syncEach);
  }

  /** Syncs every repository now on this node, whether or not another node holds the lease. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void syncNow() {
    syncEach();
  }

  private void syncEach() {
    for (RunbookRepository repository : repositories.registered()) {
      RepositoryKey key = repository.key();
      if (sync.isRunning(key)) {
        continue;
      }
      try {
        sync.sync(key);
      } catch (StateConflict | NotFound skipped) {
        LOG.fine(() -> "Scheduled sync skipped " + key + ": " + skipped.getMessage());
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Scheduled sync of " + key + " failed", e);
      }
    }
  }
}
