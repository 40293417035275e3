package io.hindsight.platform.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job on one node of the cluster per firing: every node's timer fires, the node
 * that takes the job's lease runs it, the others skip it. The lease is taken in a transaction of
 * its own; the job runs in the caller's. When the lease cannot be read (the database is away),
 * nobody runs the job.
 */
@ApplicationScoped
public class OncePerCluster {

  private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

  @Inject ScheduleLeases leases;

  /**
   * @param job the job's name in {@code schedule_lease}
   * @param period how often the job's timer fires
   * @return whether this node ran the job
   */
  public boolean run(String job, Duration period, Runnable work) {
    boolean taken;
    try {
      taken = leases.take(job, LeaseTerm.every(period));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The lease of " + job + " could not be taken; skipped this time.", e);
      return false;
    }
    if (!taken) {
      LOG.fine(() -> job + " runs on another node this time.");
      return false;
    }
    work.run();
    return true;
  }
}
