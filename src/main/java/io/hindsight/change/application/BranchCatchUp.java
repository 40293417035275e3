package io.hindsight.change.application;

import io.hindsight.platform.schedule.SingleDrain;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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

  private final SingleDrain drains = new SingleDrain();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    drains.whileAsked(
        () -> {
          try {
            pushEach();
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING, "Pushing change branches failed; tried again in ten seconds.", e);
          }
        });
  }

  /**
   * Pushes what this node can of the branches behind on the remote, after waiting for a pass in
   * progress; how many it pushed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int pushBehind() {
    return drains.now(this::pushEach);
  }

  private int pushEach() {
    int pushed = 0;
    for (Long id : changes.remoteBehind()) {
      if (branches.catchUp(id)) {
        pushed++;
      }
    }
    return pushed;
  }
}
