package io.hindsight.incident.application;

import io.hindsight.platform.schedule.OncePerCluster;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute, on one node of the cluster at a time, escalates what time has made due (an
 * unacknowledged or a long incident).
 */
@Singleton
public class EscalationSweep {

  private static final Logger LOG = Logger.getLogger(EscalationSweep.class.getName());

  @Inject OpenIncidentEscalation escalation;
  @Inject Clock clock;
  @Inject OncePerCluster cluster;

  @Schedule(hour = "*", minute = "*", persistent = false)
  public void sweep() {
    cluster.run("escalation-sweep", Duration.ofMinutes(1), this::escalateDue);
  }

  /** Escalates what is due now on this node, whether or not another node holds the lease. */
  public void sweepNow() {
    escalateDue();
  }

  private void escalateDue() {
    for (Long id : escalation.openIncidentIds()) {
      try {
        escalation.escalate(id, clock.instant());
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Escalating incident " + id + " failed; retried next minute.", e);
      }
    }
  }
}
