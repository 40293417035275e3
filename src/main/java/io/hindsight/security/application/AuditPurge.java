package io.hindsight.security.application;

import io.hindsight.platform.schedule.OncePerCluster;
import io.hindsight.security.domain.AuditRetention;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night: deletes the audit entries older than the retention ({@code
 * hindsight.audit.retention-days}, 400 by default). The only way an entry ever leaves the trail.
 */
@Singleton
public class AuditPurge {

  private static final Logger LOG = Logger.getLogger(AuditPurge.class.getName());

  @Inject AuditLog log;
  @Inject Clock clock;
  @Inject OncePerCluster cluster;

  @Inject
  @ConfigProperty(name = "hindsight.audit.retention-days", defaultValue = "400")
  int retentionDays;

  @Schedule(hour = "3", minute = "17", persistent = false)
  public void purge() {
    cluster.run("audit-purge", Duration.ofDays(1), this::purgeOld);
  }

  private void purgeOld() {
    try {
      int purged = log.purgeBefore(new AuditRetention(retentionDays).cutoff(clock.instant()));
      if (purged > 0) {
        LOG.info(
            () -> "Purged " + purged + " audit entries older than " + retentionDays + " days.");
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "The audit purge failed; tried again tomorrow.", e);
    }
  }
}
