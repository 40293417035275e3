package io.hindsight.change.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds, on every node: pushes the branches of open changes that the remote has behind
 * their heads, each from the node whose clone holds the head (the node that saved it), so that a
 * save whose push failed reaches the remote once it can. Not once per cluster: only the node that
 * made a save can push it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BranchCatchUp {

  private static final Logger LOG = Logger.getLogger(BranchCatchUp.class.getName());

  @Inject ChangeRequests changes;
  @Inject ChangeBranches branches;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      pushBehind();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Pushing change branches failed; tried again in ten seconds.", e);
    } finally {
      running.set(false);
    }
  }

  /** Pushes what this node can of the branches behind on the remote; how many it pushed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int pushBehind() {
    int pushed = 0;
    for (Long id : changes.remoteBehind()) {
      if (branches.catchUp(id)) {
        pushed++;
      }
    }
    return pushed;
  }
}
